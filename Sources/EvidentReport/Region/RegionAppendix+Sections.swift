import EvidentAnalysis
import EvidentModel

extension RegionAppendix {
    /// Distance travelled on one tool across the region: domains pooled, each council's change,
    /// the progress positions with their funnel plot.
    static func outcome(_ outcome: RegionOutcome, results: RegionResults) -> Section {
        let name = outcome.tool.name + (outcome.wave.map { ", \($0)" } ?? "")
        var blocks: [Block] = [.table(Table(
            caption: "\(name): distance travelled per domain, pooled across the region",
            columns: [
                Column("Domain"), Column("Families", numeric: true), Column("Mean first", numeric: true), Column("Mean latest", numeric: true),
                Column("Mean change", numeric: true), Column("Moved up a stage", numeric: true),
            ],
            rows: outcome.domains.map { domain in
                Row([
                    Cell(domain.domain.label), .numeric(Format.count(domain.change.n)),
                    .number(Format.decimal(domain.first.mean, 2), value: domain.first.mean, source: nil),
                    .number(Format.decimal(domain.latest.mean, 2), value: domain.latest.mean, source: nil),
                    .number(Format.signed(domain.change.mean, 2), value: domain.change.mean, source: nil),
                    domain.progressed.pooled.total > 0 ? share(domain.progressed.pooled, funnel: nil, interval: false) : .numeric("–"),
                ])
            },
            notes: [Paragraph("Families read in the domain at both their first and latest reading, every council's pooled. Moved up a stage: of those who could (below the top stage at the start); councils that withheld a count are left out of that domain's share.", style: .note)],
            style: "compact"
        ))]
        blocks.append(.table(Table(
            caption: "\(name): each council's change in average reading",
            columns: [Column("Council"), Column("Families", numeric: true), Column("Mean change", numeric: true)],
            rows: ([("Region", outcome.change)] + results.councils.compactMap { council in outcome.councilChange[council].map { (council, $0) } }).map { council, moments in
                Row([Cell(council), .numeric(Format.count(moments.n)), .number(Format.signed(moments.mean, 2), value: moments.mean, source: nil, aside: moments.standardDeviation.map { "SD " + Format.decimal($0, 2) })])
            },
            style: "compact"
        )))
        var shares = [outcome.progressedAny, outcome.above, outcome.below]
        shares[0].label = "Progressed in one domain or more"
        shares[1].label = "Higher than average progress (above the diagonal)"
        shares[2].label = "Lower than average progress (below the diagonal)"
        blocks.append(.table(table(shares, caption: "\(name): progress by council", councils: results.councils)))
        for (proportion, key) in [(shares[1], "above"), (shares[0], "progressed")] {
            if let figure = funnel(proportion, id: "\(outcome.tool.id)\(outcome.wave.map { "-" + $0 } ?? "")-\(key)", title: "\(outcome.tool.name): \(proportion.label.lowercased())") {
                blocks.append(.figure(figure))
            }
        }
        if let matrix = outcome.matrix { blocks.append(.table(ProgressMatrixTable.table(matrix, bands: outcome.bands, caption: "\(name): progress matrix, pooled"))) }
        blocks.append(.paragraph(funnelNote))
        return Section(id: ReportFolder.safeName("outcomes-\(outcome.tool.id)\(outcome.wave.map { "-" + $0 } ?? "")"), title: "Distance travelled: \(name)", blocks: blocks)
    }

    /// Items pooled (latest wave first), with change since the last round per council.
    static func items(_ results: RegionResults) -> Section {
        var blocks: [Block] = [.table(table(results.items.map(\.positive), caption: "% positive per item, pooled and by council", councils: results.councils))]
        blocks.append(.table(Table(
            caption: "Mean per item, pooled",
            columns: [Column("Item"), Column("Scale"), Column("n", numeric: true), Column("Mean (95% CI)", numeric: true)],
            rows: results.items.map { item in
                Row([
                    Cell(item.label + (item.wave.map { " (\($0))" } ?? "")), Cell(item.scale.id), .numeric(Format.count(item.moments.n)),
                    .number(Format.decimal(item.moments.mean, 2), value: item.moments.mean, source: nil, aside: Format.interval(item.meanCI, 2)),
                ])
            },
            style: "compact"
        )))
        if !results.changes.isEmpty {
            blocks.append(.table(Table(
                caption: "Change since the last round, per council",
                columns: [Column("Item"), Column("Council"), Column("Rounds"), Column("% positive", numeric: true), Column("Change (95% CI)", numeric: true)],
                rows: results.changes.map { change in
                    let label = results.items.first { $0.itemID == change.itemID }?.label ?? change.itemID
                    return Row([
                        Cell(label), Cell(change.council), Cell("\(change.fromWave ?? "–") → \(change.toWave ?? "–")"),
                        .numeric("\(Format.percent(change.from.percent)) → \(Format.percent(change.to.percent))"),
                        .number(Format.signed(change.change) + " pp", value: change.change, source: nil, aside: Format.interval(change.interval)),
                    ])
                },
                notes: [Paragraph("Later round minus earlier, in percentage points, with Newcombe's interval. Each round is a separate sample of practitioners.", style: .note)],
                style: "compact"
            )))
        }
        let latest = results.items.map(\.wave).compactMap { $0 }.max()
        for item in results.items where item.wave == latest {
            if let figure = funnel(item.positive, id: "item-\(item.itemID)\(item.wave.map { "-" + $0 } ?? "")", title: "\(item.label): % positive") {
                blocks.append(.figure(figure))
            }
        }
        blocks.append(.paragraph(funnelNote))
        return Section(id: "items", title: "Practitioner survey items across the region", blocks: blocks)
    }

    /// Themes per council on the shared codebook, as shares of respondents with free text: the
    /// top-level themes, wave by wave, where any council published a figure. The codes under
    /// each theme, and waves no council could publish, stay in `region.json` (the sample region's
    /// table was 170 rows of themes and codes, a third of them blank, before).
    static func themes(_ results: RegionResults) -> Section {
        let shown = results.themes.filter { $0.isTheme && $0.share.pooled.total > 0 }
        let codes = results.themes.filter { !$0.isTheme }.count
        var notes = [Paragraph("Each council's share is of its respondents who wrote free text in that round; the region's pools the councils that published the figure.", style: .note)]
        if codes > 0 {
            notes.append(Paragraph("The \(Format.count(codes)) figures for codes under these themes are in region.json.", style: .note))
        }
        var table = table(shown.map(\.share), caption: "Themes: % of respondents with free text who mentioned each, by council", councils: results.councils)
        table.notes = notes + table.notes
        return Section(id: "themes", title: "Themes across the region", blocks: [.table(table)])
    }

    static func method(_ results: RegionResults) -> Section {
        Section(id: "method", title: "Method", tier: .annex, blocks: [.definitions(Definitions(entries: [
            .init(term: "Pooled figure", definition: "The councils' counts and sums added: a pooled mean is Σsum / Σn, a pooled share Σcount / Σbase. It equals one analysis of every council's records together."),
            .init(term: "Withheld", definition: "A count of 1 to k−1 people (k the council's suppression threshold), or one leaving 1 to k−1 of its base, is withheld by the council before it shares its summary, together with any count that would let it be worked out."),
            .init(term: "Control limits", definition: "For a council with base n, the range its share would fall in by chance alone if its true share were the pooled one: exact binomial quantiles with Spiegelhalter's interpolation, at 95% and 99.8%."),
            .init(term: "Change since the last round", definition: "A council's latest round against the one before: the difference in % positive with Newcombe's hybrid score interval."),
            .init(term: "Progress matrix", definition: "Families banded on their average first and latest reading; above the diagonal ended in a higher band. Pooled only when every council published its matrix on the same bands."),
        ]))])
    }
}
