import EvidentAnalysis
import EvidentModel

/// Outcomes: for each readings data set, distance travelled per domain (a start-to-latest chart
/// and its table), the progress matrix and progress by group; for each case-outcomes data set,
/// the KPIs, by progress and by group; then themes against outcomes, said plainly to be an
/// association, not an effect.
enum OutcomesSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let outcomes = input.document.outcomes
        guard !outcomes.isEmpty else { return [] }
        var blocks: [Block] = []
        let labels = input.labels
        for (index, distance) in outcomes.distance.enumerated() { blocks += self.distance(distance, at: "/outcomes/distance/\(index)", labels: labels) }
        for (index, cases) in outcomes.cases.enumerated() { blocks += CaseOutcomesBlocks.blocks(cases, at: "/outcomes/cases/\(index)", labels: labels) }
        if !outcomes.themes.isEmpty { blocks += CaseOutcomesBlocks.themes(outcomes.themes, suppressBelow: input.results.spec.suppressBelow) }
        return [Section(id: "outcomes", title: "Outcomes", blocks: blocks)]
    }

    static func distance(_ row: DistanceRow, at pointer: String, labels: StudyLabels) -> [Block] {
        let heading = labels.heading(row.dataset)
        let name = heading.contains(row.toolName) ? heading : "\(row.toolName), \(heading)"
        var blocks: [Block] = [.heading(Heading(level: 3, "Distance travelled: \(name)"))]
        blocks.append(.paragraph(Paragraph(
            "\(Format.count(row.cases)) families had a usable reading; \(Format.count(row.casesPaired)) had a first and a latest reading and count in the change figures. Their average reading moved from \(Format.decimal(row.meanAverageFirst, 2)) to \(Format.decimal(row.meanAverageLatest, 2)), a mean change of \(Format.signed(row.meanChange, 2)) (95% CI \(Format.interval(row.meanChangeCI95, 2))); \(Format.percent(row.progressedAny.pct)) moved up a stage in one domain or more (\(Format.count(row.progressedAny.successes)) of \(Format.count(row.progressedAny.base)) who could).",
            style: .lead)))
        if let figure = DistanceFigure.figure(row, labels: labels) { blocks.append(.figure(figure)) }
        blocks.append(.table(Table(
            caption: "\(name): distance travelled per domain",
            columns: [
                Column("Domain"), Column("Families", numeric: true), Column("Mean first", numeric: true), Column("Mean latest", numeric: true),
                Column("Mean change (95% CI)", numeric: true), Column("p (signed-rank)", numeric: true), Column("Moved up a stage", numeric: true),
            ],
            rows: row.domains.enumerated().map { index, domain in
                let at = "\(pointer)/domains/\(index)/"
                return Row([
                    Cell(domain.label), .numeric(Format.count(domain.pairs), aside: domain.firstOnly > 0 ? "+\(domain.firstOnly) first only" : nil),
                    .number(Format.decimal(domain.meanFirst, 2), value: domain.meanFirst, source: at + "mean_first"),
                    .number(Format.decimal(domain.meanLatest, 2), value: domain.meanLatest, source: at + "mean_latest"),
                    .number(Format.signed(domain.meanChange, 2), value: domain.meanChange, source: at + "mean_change", aside: Format.interval(domain.meanChangeCI95, 2)),
                    .number(Format.pValue(domain.signedRank.pValue), value: domain.signedRank.pValue, source: at + "signed_rank/p_value"),
                    .number(Format.percent(domain.movedUpAStage.pct), value: domain.movedUpAStage.pct, source: at + "moved_up_a_stage/pct",
                            aside: "\(Format.count(domain.movedUpAStage.successes)) of \(Format.count(domain.movedUpAStage.base))"),
                ])
            },
            notes: [Paragraph(
                "Families read in the domain at both their first and latest reading (\"first only\": read at the start but not at the latest reading, left out of the change). Mean change with its t interval; p from the Wilcoxon signed-rank test of the paired readings (exact up to 50 non-zero differences). Moved up a stage: of the families who could (below the top stage at the start).",
                style: .note)],
            style: "compact"
        )))
        blocks.append(.table(ProgressMatrixTable.table(row.matrix, bands: row.bands, caption: "\(name): progress matrix (\(row.bandRule))", source: pointer + "/matrix")))
        blocks.append(.paragraph(Paragraph(
            "Higher than average progress (above the diagonal): \(share(row.above)). Stayed in their band: \(share(row.on)). Lower than average progress: \(share(row.below)).")))
        let groups = row.groups
        if !groups.isEmpty {
            blocks.append(.table(Table(
                caption: "\(name): progress by group",
                columns: [Column("Group"), Column("Families", numeric: true), Column("Mean change (95% CI)", numeric: true), Column("Progressed in a domain", numeric: true), Column("Higher than average progress", numeric: true)],
                rows: groups.enumerated().map { index, group in
                    let at = "\(pointer)/groups/\(index)/"
                    let label = Cell("\(labels.attribute(group.attribute, in: row.dataset)): \(labels.value(group.group, of: group.attribute, in: row.dataset))")
                    guard let cases = group.cases else { return Row([label, .numeric(group.shownAs ?? "–"), .numeric("–"), .numeric("–"), .numeric("–")]) }
                    return Row([
                        label, .numeric(Format.count(cases)),
                        .number(Format.signed(group.meanChange, 2), value: group.meanChange, source: at + "mean_change", aside: Format.interval(group.meanChangeCI95, 2)),
                        .number(Format.percent(group.progressedAny?.pct), value: group.progressedAny?.pct, source: at + "progressed_any/pct"),
                        .number(Format.percent(group.above?.pct), value: group.above?.pct, source: at + "above/pct"),
                    ])
                },
                notes: [Paragraph("Groups with fewer families than the suppression threshold show only that.", style: .note)],
                style: "compact"
            )))
        }
        return blocks
    }

    static func share(_ row: ShareRow) -> String {
        "\(Format.percent(row.pct)) (\(Format.count(row.successes)) of \(Format.count(row.base)); 95% CI \(Format.interval(row.ci95)))"
    }
}
