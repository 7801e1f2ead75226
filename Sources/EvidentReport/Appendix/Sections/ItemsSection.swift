import EvidentAnalysis
import EvidentModel

/// One section per data set with scale items: its response rate, a chart per scale, the item
/// table, composite confidence with Cronbach's alpha, and items ranked for training needs.
enum ItemsSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        input.results.datasets.filter { !$0.items.isEmpty }.map { section(input, $0) }
    }

    static func section(_ input: AppendixInput, _ dataset: Dataset) -> Section {
        let results = input.results
        var blocks: [Block] = []
        if let rate = results.responseRate(of: dataset), let invited = dataset.invited {
            blocks.append(.paragraph(Paragraph(
                "\(Format.count(dataset.accounting.respondents)) of \(Format.count(invited)) invited responded: "
                    + Format.percent(rate.percent) + " (95% CI " + Format.interval(rate.percentInterval) + ").",
                style: .lead)))
        }
        blocks += (input.charts.items[dataset.id] ?? []).map(Block.figure)
        let rows = input.document.items.enumerated().filter { $0.element.dataset == dataset.id }
        var scales: [String] = []
        for item in results.items where item.dataset == dataset.id && !scales.contains(item.item.scale.id) { scales.append(item.item.scale.id) }
        let labels = input.labels
        let rules = scales.compactMap { id in results.items.first { $0.item.scale.id == id }.map { "\(labels.scale($0.item.scale)): positive means \($0.item.scale.positiveRule)" } }
        blocks.append(.table(Table(
            caption: "Items, \(AppendixBuilder.heading(for: dataset, labels))",
            columns: [
                Column("Item"), Column("Scale"), Column("n", numeric: true), Column("Missing", numeric: true),
                Column("Invalid", numeric: true), Column("Mean (95% CI)", numeric: true), Column("Median", numeric: true),
                Column("% positive (95% CI)", numeric: true),
            ],
            rows: rows.map { itemRow($0.element, at: $0.offset, result: results.items[$0.offset], labels: labels) },
            notes: [Paragraph(rules.joined(separator: "; ") + ".", style: .note)]
        )))
        if let index = input.document.composites.firstIndex(where: { $0.dataset == dataset.id }) {
            blocks += composite(input.document.composites[index], at: index, heading: AppendixBuilder.heading(for: dataset, labels))
        }
        return Section(id: "items-" + ReportFolder.safeName(dataset.id), title: AppendixBuilder.heading(for: dataset, labels), blocks: blocks)
    }

    /// Two decimals for short scales (1–10, ordinal), one for 0–100.
    static func places(_ scale: Scale) -> Int {
        scale.maxScore - scale.minScore > 20 ? 1 : 2
    }

    static func itemRow(_ row: ItemRow, at index: Int, result: ItemResult, labels: StudyLabels) -> Row {
        let at = "/items/\(index)/"
        let places = places(result.item.scale)
        var scale = Cell(labels.scale(result.item.scale))
        scale.band = "muted"
        var positive = Cell.number(
            Format.percent(row.pctPositive), value: row.pctPositive, source: at + "pct_positive", aside: Format.interval(row.pctPositiveCI95))
        positive.isStrong = true
        return Row([
            Cell(row.label + (row.reverse ? " (reversed)" : "")), scale,
            .number(Format.count(row.n), value: Double(row.n), source: at + "n", aside: row.n < Significance.smallBase ? "small base" : nil),
            .number(Format.count(row.missing), value: Double(row.missing), source: at + "missing"),
            .number(Format.count(row.invalid), value: Double(row.invalid), source: at + "invalid"),
            .number(Format.decimal(row.mean, places), value: row.mean, source: at + "mean", aside: Format.interval(row.meanCI95, places)),
            .number(Format.decimal(row.median, places == 1 ? 0 : 1), value: row.median, source: at + "median"),
            positive,
        ])
    }

    /// `heading` names the data set in the ranking's caption.
    static func composite(_ row: CompositeRow, at index: Int, heading: String) -> [Block] {
        let at = "/composites/\(index)/"
        let alpha = row.cronbachAlpha.map { Format.decimal($0, 2) } ?? "undefined (\(row.cronbachAlphaUndefined ?? "no data"))"
        var first: [Run] = [
            .plain("Mean "), .strong(Format.decimal(row.mean)),
            .plain(" (95% CI \(Format.interval(row.meanCI95))), median \(Format.decimal(row.median)), over \(Format.count(row.respondents)) respondents who answered at least half of the \(row.items.count) items (\(Format.count(row.excludedFewerThanHalf)) answered fewer and are left out). Cronbach's alpha "),
            .strong(alpha), .plain(" (\(Format.count(row.cronbachAlphaRespondents)) respondents who answered every item)"),
        ]
        if row.alphaWarning { first.append(.strong(" — under 0.7: the items may not measure one underlying confidence")) }
        first.append(.plain("."))
        var blocks: [Block] = [.callout(Callout(title: "Composite confidence", paragraphs: [
            Paragraph(first),
            Paragraph([
                .strong(Format.percent(row.pctAnswersBelowThreshold)),
                .plain(" of all \(Format.count(row.answers)) answers fell below \(row.threshold.compactDescription)."),
            ]),
        ]))]
        guard !row.ranking.isEmpty else { return blocks }
        blocks.append(.heading(Heading(level: 3, "Training needs")))
        blocks.append(.table(Table(
            caption: "Items ranked for training needs, \(heading)",
            columns: [
                Column("#", numeric: true), Column("Item"), Column("% positive", numeric: true), Column("Mean", numeric: true),
                Column("Rank by mean", numeric: true), Column("Difference from composite", numeric: true), Column("p", numeric: true),
                Column(""),
            ],
            rows: row.ranking.enumerated().map { position, entry in
                let on = at + "ranking/\(position)/"
                return Row([
                    .number(String(entry.rankByPctPositive), value: Double(entry.rankByPctPositive), source: on + "rank_by_pct_positive"),
                    Cell(entry.label),
                    .number(Format.percent(entry.pctPositive), value: entry.pctPositive, source: on + "pct_positive"),
                    .number(Format.decimal(entry.mean), value: entry.mean, source: on + "mean"),
                    .number(String(entry.rankByMean), value: Double(entry.rankByMean), source: on + "rank_by_mean"),
                    .number(Format.signed(entry.differenceFromComposite), value: entry.differenceFromComposite, source: on + "difference_from_composite"),
                    .number(Format.pValue(entry.welchPValue), value: entry.welchPValue, source: on + "welch_p_value"),
                    Cell(entry.significantlyBelowComposite ? "▼ below" : ""),
                ])
            },
            notes: [Paragraph("Items ordered by % positive, lowest first. ▼ marks an item significantly below the composite (Welch's t-test, p < 0.05).", style: .note)],
            style: "compact"
        )))
        return blocks
    }
}
