import EvidentAnalysis
import EvidentModel

/// The case-outcomes part of the outcomes section: KPIs, by progress and by group, and themes
/// against outcomes.
enum CaseOutcomesBlocks {
    static func blocks(_ row: CaseOutcomesRow, at pointer: String, labels: StudyLabels) -> [Block] {
        let name = labels.heading(row.dataset)
        var blocks: [Block] = [.heading(Heading(level: 3, "Case outcomes (\(name))"))]
        var lead = "\(Format.count(row.cases)) cases, \(Format.count(row.closed)) closed."
        if let median = row.involvementDaysMedian {
            lead += " Median length of involvement \(Format.decimal(median, 0)) days (mean \(Format.decimal(row.involvementDaysMean, 0)), over \(Format.count(row.involvementCases)) closed cases with both dates)."
        }
        if row.reReferralNotYetKnown > 0 {
            lead += " \(Format.count(row.reReferralNotYetKnown)) closed too recently for their re-referral window to have passed are left out of re-referral."
        }
        blocks.append(.paragraph(Paragraph(lead, style: .lead)))
        blocks.append(.table(Table(
            caption: "Case outcomes (\(name))",
            columns: [Column("Indicator"), Column("%", numeric: true), Column("Cases", numeric: true), Column("Base")],
            rows: row.kpis.enumerated().map { index, kpi in
                Row([
                    Cell(kpi.label),
                    .number(Format.percent(kpi.share.pct), value: kpi.share.pct, source: "\(pointer)/kpis/\(index)/share/pct", aside: Format.interval(kpi.share.ci95)),
                    .numeric("\(Format.count(kpi.share.successes)) of \(Format.count(kpi.share.base))"), Cell(kpi.base),
                ])
            },
            notes: [Paragraph("% with its 95% Wilson interval.", style: .note)],
            style: "compact"
        )))
        for (rows, caption, first) in [(row.byProgress, "Case outcomes by progress (\(name))", "Progress"), (row.byGroup, "Case outcomes by group (\(name))", "Group")] where !rows.isEmpty {
            blocks.append(.table(pivot(rows, kpis: row.kpis, caption: caption, first: first)))
        }
        return blocks
    }

    /// Groups down, KPIs across: "% (n)" or the suppression label.
    static func pivot(_ rows: [CaseOutcomesRow.GroupKPI], kpis: [CaseOutcomesRow.KPI], caption: String, first: String) -> Table {
        var order: [String] = []
        var cells: [String: [String: CaseOutcomesRow.GroupKPI]] = [:]
        for row in rows {
            let key = row.attribute == "Progress" ? row.group : "\(row.attribute): \(row.group)"
            if cells[key] == nil { order.append(key) }
            cells[key, default: [:]][row.kpiID] = row
        }
        return Table(
            caption: caption,
            columns: [Column(first)] + kpis.map { Column($0.label, numeric: true) },
            rows: order.map { key in
                Row([Cell(key)] + kpis.map { kpi in
                    guard let entry = cells[key]?[kpi.kpiID] else { return .numeric("–") }
                    guard let share = entry.share else { return .numeric(entry.shownAs ?? "–") }
                    return .numeric(Format.percent(share.pct, 0), aside: Format.count(share.base))
                })
            },
            notes: [Paragraph("% (base). Progress: the family's place in the progress matrix, for cases that also have outcome readings. Bases under the suppression threshold show only that.", style: .note)],
            style: "compact pivot", isWide: kpis.count > 4
        )
    }

    static func themes(_ rows: [ThemeOutcomeRow], suppressBelow: Int) -> [Block] {
        [
            .heading(Heading(level: 3, "Themes against outcomes")),
            .callout(Callout(title: "Association, not effect", paragraphs: [Paragraph(
                "Families whose feedback mentions a theme are compared with the linked families whose feedback does not. Families who mention a theme differ from the others in many ways, and this comparison adjusts for none of them: a difference here says the two go together, not that one causes the other."
            )])),
            .table(Table(
                caption: "Themes against outcomes",
                columns: [
                    Column("Theme"), Column("Outcome"), Column("Mentioned", numeric: true), Column("Not mentioned", numeric: true),
                    Column("Difference (95% CI)", numeric: true),
                ],
                rows: rows.enumerated().map { index, row in
                    let isKPI = row.measure != "average-change"
                    let value = { (value: Double) in isKPI ? Format.percent(value) : Format.signed(value, 2) }
                    return Row([
                        Cell(row.label), Cell(row.measureLabel),
                        .numeric(value(row.valueWith), aside: "n " + Format.count(row.casesWith)),
                        .numeric(value(row.valueWithout), aside: "n " + Format.count(row.casesWithout)),
                        .number(Format.signed(row.difference, isKPI ? 1 : 2) + (isKPI ? " pp" : ""), value: row.difference,
                                source: "/outcomes/themes/\(index)/difference", aside: Format.interval(row.differenceCI95, isKPI ? 1 : 2)),
                    ], depth: row.depth)
                },
                notes: [Paragraph("Change in average reading: difference of means with Welch's interval. KPIs: difference of percentages with Newcombe's interval. Rows are shown only when both groups hold at least \(suppressBelow) families.", style: .note)],
                style: "compact"
            )),
        ]
    }
}
