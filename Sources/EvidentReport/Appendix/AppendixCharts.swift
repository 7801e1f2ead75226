import EvidentAnalysis
import EvidentModel

/// The appendix's figures, built once from the results: each chart's plotted numbers
/// (`ChartData`, what Word draws natively), its SVG inline and standalone, its caption and alt
/// text.
struct AppendixCharts {
    /// Per data set with items: one diverging chart per scale used.
    var items: [String: [Figure]] = [:]
    var changes: [Figure] = []
    /// One per kind of data set asked the same items in three waves or more.
    var trends: [Figure] = []
    var themes: Figure?

    init(_ results: StudyResults) {
        let labels = StudyLabels(results.spec)
        for dataset in results.datasets {
            let datasetItems = results.items.filter { $0.dataset == dataset.id }
            var scales: [Scale] = []
            for item in datasetItems where !scales.contains(where: { $0.id == item.item.scale.id }) { scales.append(item.item.scale) }
            items[dataset.id] = scales.map { scale in
                Self.likert(dataset: dataset, scale: scale, items: datasetItems.filter { $0.item.scale.id == scale.id }, labels: labels)
            }
        }
        var groups: [String: [ItemChange]] = [:]
        var order: [String] = []
        for change in results.changes {
            let key = "\(change.kind) \(change.fromWave) \(change.toWave)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(change)
        }
        changes = order.compactMap { groups[$0] }.map(Self.changes)
        trends = Self.trends(results, labels: labels)
        if !results.themes.isEmpty { themes = Self.themes(results.themes) }
    }

    /// Answer bands for a scale: its levels for an ordinal scale (the level just below the
    /// first positive one is neutral when two or more levels are not positive); for a numeric
    /// scale, three bands below the positive threshold and two from it.
    static func bands(_ scale: Scale) -> [(category: DivergingBarChart.Category, contains: (Double) -> Bool)] {
        switch scale.kind {
        case .ordinal(let levels, let positive):
            let firstPositive = positive.min() ?? levels.count
            return levels.enumerated().map { index, level in
                let side: DivergingBarChart.Side = positive.contains(index)
                    ? .positive : (index == firstPositive - 1 && firstPositive >= 2 ? .neutral : .negative)
                return (DivergingBarChart.Category(level, side: side), { Int($0.rounded()) - 1 == index })
            }
        case .numeric(let min, let max, let threshold):
            // Whole-number scales get whole-number band edges; others half-points.
            let whole = min == min.rounded() && max == max.rounded() && threshold == threshold.rounded()
            let snap: (Double) -> Double = { whole ? $0.rounded() : ($0 * 2).rounded() / 2 }
            let below = [min, min + (threshold - min) * 3 / 7, min + (threshold - min) * 5 / 7, threshold].map(snap)
            let above = [threshold, threshold + (max - threshold) * 2 / 3, max].map(snap)
            var result: [(DivergingBarChart.Category, (Double) -> Bool)] = []
            for index in 0..<3 {
                let low = below[index]
                let high = below[index + 1]
                result.append((DivergingBarChart.Category(label(low, high, closed: false), side: .negative), { $0 >= low && $0 < high }))
            }
            for index in 0..<2 {
                let low = above[index]
                let high = above[index + 1]
                let last = index == 1
                result.append((
                    DivergingBarChart.Category(label(low, high, closed: last), side: .positive),
                    { $0 >= low && (last ? $0 <= high : $0 < high) }
                ))
            }
            return result
        }
    }

    /// "0–29" for [0, 30) on whole-number scales, "90–100" for a closed last band.
    private static func label(_ low: Double, _ high: Double, closed: Bool) -> String {
        let top = closed ? high : high - 1
        guard low == low.rounded(), high == high.rounded(), top >= low else {
            return "\(low.compactDescription)–\(high.compactDescription)"
        }
        return top == low ? low.compactDescription : "\(low.compactDescription)–\(top.compactDescription)"
    }

    private static func likert(dataset: Dataset, scale: Scale, items: [ItemResult], labels: StudyLabels) -> Figure {
        let bands = bands(scale)
        let rows = items.map { item in
            DivergingBarChart.Row(label: item.item.label, counts: bands.map { band in item.scores.count(where: band.contains) })
        }
        let id = ReportFolder.safeName("\(dataset.id)-\(scale.id)")
        let title = "\(AppendixBuilder.heading(for: dataset, labels)): answers on the scale \(labels.scale(scale))"
        var summary = "Share of each item's valid answers in each band; positive means \(scale.positiveRule)."
        let totals = rows.map { $0.counts.reduce(0, +) }
        if totals.contains(where: { $0 < Significance.smallBase }) {
            summary += " n in grey italics: a small base (under \(Significance.smallBase))"
            summary += totals.contains(where: { $0 > 0 && $0 < Significance.chartFloor }) ? "; items with fewer than \(Significance.chartFloor) answers are not charted." : "."
        }
        func chart(_ drawsTitle: Bool) -> DivergingBarChart {
            DivergingBarChart(
                id: id + (drawsTitle ? "" : "-inline"), title: title, categories: bands.map(\.category), rows: rows,
                summary: summary, drawsTitle: drawsTitle
            )
        }
        let standalone = chart(true)
        let swatches = standalone.swatchesByCategory()
        let shares = rows.map(standalone.percentages)
        let data = ChartData(
            kind: .stackedPercent, title: title, categories: rows.map(\.label),
            series: bands.indices.map { band in
                ChartData.Series(
                    name: bands[band].category.label,
                    values: zip(shares, rows).map { share, row in row.counts.reduce(0, +) < Significance.chartFloor ? nil : Double(share[band]) },
                    color: String(swatches[band].fill.dropFirst()).uppercased())
            },
            valueAxisTitle: "% of valid answers", isNative: true
        )
        return Figure(
            caption: title + ". " + summary, name: "items-\(id)", inlineSVG: chart(false).svg(), standaloneSVG: standalone.svg(),
            altText: standalone.descriptionText, chart: data
        )
    }

    private static func changes(_ changes: [ItemChange]) -> Figure {
        let first = changes[0]
        let id = ReportFolder.safeName("change-\(first.kind)-\(first.fromWave)-\(first.toWave)")
        let title = "Change in % positive, \(first.fromWave) to \(first.toWave)"
        // No percentage is charted on fewer than `Significance.chartFloor` answers: such a wave's
        // mark is left out (the table after the chart gives it, flagged).
        let floor = Significance.chartFloor
        let rows = changes.map {
            DotArrowChart.Row(
                label: $0.label, earlier: $0.from.n < floor ? nil : $0.from.pctPositive, later: $0.to.n < floor ? nil : $0.to.pctPositive,
                isSignificant: $0.shareChangedSignificantly && $0.from.n >= floor && $0.to.n >= floor)
        }
        func chart(_ drawsTitle: Bool) -> DotArrowChart {
            DotArrowChart(
                id: id + (drawsTitle ? "" : "-inline"), title: title, earlierLabel: first.fromWave, laterLabel: first.toWave,
                rows: rows, significanceNote: "* significant change (two-proportion z-test, p < 0.05)",
                summary: "Each item's % positive in the earlier wave (dot) and the later wave (arrow head).", drawsTitle: drawsTitle
            )
        }
        let standalone = chart(true)
        // A dot and an arrow per item is not a chart type Word has: Word gets the picture.
        let data = ChartData(
            kind: .pairedValues, title: title, categories: rows.map(\.label),
            series: [
                ChartData.Series(name: first.fromWave, values: rows.map(\.earlier), color: "999999"),
                ChartData.Series(name: first.toWave, values: rows.map(\.later), color: String(ChartPalette.increase.dropFirst())),
            ],
            valueAxisTitle: "% positive", isNative: false
        )
        return Figure(
            caption: title + ". * marks a significant change.", name: id, inlineSVG: chart(false).svg(),
            standaloneSVG: standalone.svg(), altText: standalone.descriptionText, chart: data
        )
    }

    /// The trend charts: for each kind of data set whose items were compared from the first wave
    /// to the latest (three waves or more), each item's % positive per wave, read from the sides
    /// of its comparisons (`ItemChange.Side`: the data sets of one kind and wave pooled as the
    /// tests pool them, items on different scales left out as the tests leave them out), its
    /// first-to-latest change marked when significant.
    static func trends(_ results: StudyResults, labels: StudyLabels) -> [Figure] {
        var kindOrder: [String] = []
        var byKind: [String: [ItemChange]] = [:]
        for change in results.changes {
            if byKind[change.kind] == nil { kindOrder.append(change.kind) }
            byKind[change.kind, default: []].append(change)
        }
        return kindOrder.compactMap { kind -> Figure? in
            guard let changes = byKind[kind], changes.contains(where: \.isFirstToLatest) else { return nil }
            let waves = ChangeAnalysis.orderWaves(Array(Set(changes.flatMap { [$0.fromWave, $0.toWave] })))
            var itemOrder: [String] = []
            var sides: [String: [String: ItemChange.Side]] = [:]
            for change in changes {
                if sides[change.itemID] == nil { itemOrder.append(change.itemID) }
                sides[change.itemID, default: [:]][change.fromWave] = change.from
                sides[change.itemID, default: [:]][change.toWave] = change.to
            }
            let rows = itemOrder.map { id in
                let asked = sides[id] ?? [:]
                return WaveBarChart.Row(
                    label: changes.last { $0.itemID == id }?.label ?? id,
                    values: waves.map { asked[$0].flatMap { $0.n < Significance.chartFloor ? nil : $0.pctPositive } },
                    bases: waves.map { asked[$0]?.n ?? 0 },
                    isSignificant: changes.first { $0.itemID == id && $0.isFirstToLatest }?.shareChangedSignificantly ?? false
                )
            }
            let who = changes.last?.to.datasets.last.map(labels.respondents) ?? kind
            let span = "\(waves.first ?? "") to \(waves.last ?? "")"
            let title = "\(who.capitalisedFirst): % positive by item in each wave, \(span)"
            let summary = "Each item's share of positive answers in each wave, earliest wave at the top of each group."
            let id = ReportFolder.safeName("trend-\(kind)-\(waves.first ?? "")-\(waves.last ?? "")")
            func chart(_ drawsTitle: Bool) -> WaveBarChart {
                WaveBarChart(
                    id: id + (drawsTitle ? "" : "-inline"), title: title, waves: waves, rows: rows,
                    significanceNote: "* significant change, \(span) (two-proportion z-test, p < 0.05)", summary: summary, drawsTitle: drawsTitle
                )
            }
            let standalone = chart(true)
            let fills = WaveBarChart.fills(count: waves.count)
            let data = ChartData(
                kind: .groupedBars, title: title, categories: rows.map { $0.label + ($0.isSignificant ? " *" : "") },
                series: waves.indices.map { index in
                    ChartData.Series(name: waves[index], values: rows.map { $0.values[index] }, color: String(fills[index].dropFirst()).uppercased())
                },
                valueAxisTitle: "% positive", isNative: true
            )
            return Figure(
                caption: title + ". " + summary + " * marks a significant change from the first wave to the latest; items with fewer than \(Significance.chartFloor) answers in a wave have no bar.",
                name: id, inlineSVG: chart(false).svg(), standaloneSVG: standalone.svg(), altText: standalone.descriptionText, chart: data
            )
        }
    }

    private static func themes(_ themes: [ThemeResult]) -> Figure {
        // Top-level themes only: the codes' pooled shares are in the annex's table.
        let rows = themes.filter { $0.depth == 0 }.map { theme in
            ThemeBarChart.Row(
                label: theme.label, count: theme.total.respondents, base: theme.total.base,
                interval: ProportionEstimate(successes: theme.total.respondents, total: theme.total.base).percentInterval
                    .map { $0.lower...$0.upper },
                level: theme.depth
            )
        }
        let title = "Respondents mentioning each theme, all data sets pooled"
        func chart(_ drawsTitle: Bool) -> ThemeBarChart {
            ThemeBarChart(
                id: "themes" + (drawsTitle ? "" : "-inline"), title: title, rows: rows,
                summary: "Percentage of respondents with free text whose answers were coded with each theme or code, with 95% Wilson intervals.",
                drawsTitle: drawsTitle
            )
        }
        let standalone = chart(true)
        let data = ChartData(
            kind: .barsWithIntervals, title: title,
            categories: rows.map(\.label),
            series: [ChartData.Series(name: "% of respondents with free text", values: rows.map(\.percent), color: String(ChartPalette.theme.dropFirst()))],
            errorBars: rows.map { row in
                guard let interval = row.interval, let value = row.percent else { return nil }
                return (minus: value - interval.lowerBound, plus: interval.upperBound - value)
            },
            levels: rows.map(\.level), valueAxisTitle: "% of respondents with free text", isNative: true
        )
        return Figure(
            caption: title + " (% of respondents with free text; whiskers: 95% intervals).", name: "themes",
            inlineSVG: chart(false).svg(), standaloneSVG: standalone.svg(), altText: standalone.descriptionText, chart: data
        )
    }
}
