import EvidentAnalysis
import EvidentModel

/// Change since the last wave: with three waves or more a trend chart first (each item's %
/// positive in every wave), then a dot-and-arrow chart per pair of adjacent waves and one for
/// the first wave against the latest, and each item's change in mean and in % positive with
/// their tests.
enum ChangesSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        guard !input.document.changes.isEmpty else { return [] }
        var blocks = input.charts.trends.map(Block.figure)
        blocks += input.charts.changes.map(Block.figure)
        blocks.append(.table(Table(
            caption: "Change between waves, item by item",
            columns: [
                Column("Item"), Column("Waves"), Column("n", numeric: true), Column("Mean", numeric: true),
                Column("Change", numeric: true), Column("p (Mann–Whitney)", numeric: true), Column("% positive", numeric: true),
                Column("Change (95% CI)", numeric: true), Column("p (z-test)", numeric: true), Column(""),
            ],
            rows: input.document.changes.enumerated().map { index, change in row(change, at: index) },
            notes: [Paragraph(
                "Later wave minus earlier. Scores are compared with the Mann–Whitney U test (two-sided, normal approximation with tie correction, no continuity correction); the share positive with the two-proportion z-test, its change with Newcombe's interval. \"significant\" marks p < 0.05 on either test; \"n < 30\" marks a wave with fewer than 30 answers. The waves are independent samples, not the same practitioners followed over time.",
                style: .note)],
            style: "compact changes"
        )))
        let spansWaves = input.document.changes.contains(where: \.firstToLatest)
        return [Section(id: "changes", title: spansWaves ? "Change across the waves" : "Change since the last wave", blocks: blocks)]
    }

    static func row(_ change: ChangeRow, at index: Int) -> Row {
        let at = "/changes/\(index)/"
        let places = change.scale == "confidence-0-100" ? 1 : 2
        let flag = [
            change.significantScores || change.significantPctPositive ? "significant" : "",
            change.smallSampleWarning ? "n < 30" : "",
        ].filter { !$0.isEmpty }.joined(separator: ", ")
        var waves = Cell(arrow(change.fromWave, change.toWave))
        if change.firstToLatest { waves.detail = "first to latest" }
        return Row([
            Cell(change.label), waves,
            .numeric(arrow(Format.count(change.fromN), Format.count(change.toN))),
            .numeric(arrow(Format.decimal(change.fromMean, places), Format.decimal(change.toMean, places))),
            .number(Format.signed(change.meanChange, places), value: change.meanChange, source: at + "mean_change"),
            .number(Format.pValue(change.pValue), value: change.pValue, source: at + "p_value"),
            .numeric(arrow(Format.percent(change.fromPctPositive), Format.percent(change.toPctPositive))),
            .number(
                Format.signed(change.pctPositiveChange) + " pp", value: change.pctPositiveChange, source: at + "pct_positive_change",
                aside: Format.interval(change.pctPositiveChangeCI95)),
            .number(Format.pValue(change.proportionPValue), value: change.proportionPValue, source: at + "proportion_p_value"),
            Cell(flag),
        ])
    }

    /// "2015 → 2016", held on one line (no-break spaces): a narrow column wrapped it as "2015" /
    /// "→" / "2016" in the HTML print.
    static func arrow(_ from: String, _ to: String) -> String {
        from + "\u{00A0}→\u{00A0}" + to
    }
}
