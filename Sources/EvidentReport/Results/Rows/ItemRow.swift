package import EvidentAnalysis
package import EvidentModel

/// One scale item of one data set: `items` in `results.json`, `tables/items.csv`, a row of the
/// appendix's item tables (results spec: `n` valid answers, `mean`/`sd`/`median` over them,
/// `mean_ci95` the t interval, `pct_positive` = positive / n × 100 with its Wilson interval).
package struct ItemRow: Sendable, Encodable {
    package var dataset = ""
    package var wave: String?
    package var itemID = ""
    package var label = ""
    package var column = ""
    package var scale = ""
    package var reverse = false
    package var n = 0
    package var missing = 0
    package var invalid = 0
    package var mean: Double?
    package var sd: Double?
    package var median: Double?
    package var quartiles: Quartiles?
    package var meanCI95: Interval?
    package var positive = 0
    package var pctPositive: Double?
    package var pctPositiveCI95: Interval?
    /// Valid answers per bin (results spec); its own long table, `tables/item-distributions.csv`.
    package var distribution = OrderedCounts()

    package init() {}

    package init(_ result: ItemResult) {
        dataset = result.dataset
        wave = result.wave
        itemID = result.item.id
        label = result.item.label
        column = result.item.column
        scale = result.item.scale.id
        reverse = result.item.reverse
        n = result.n
        missing = result.missing
        invalid = result.invalid
        mean = result.summary.mean
        sd = result.summary.standardDeviation
        median = result.summary.median
        quartiles = result.summary.lowerQuartile.map { Quartiles(q1: $0, q3: result.summary.upperQuartile) }
        meanCI95 = Interval(result.meanCI)
        positive = result.positive
        pctPositive = result.pctPositive
        pctPositiveCI95 = Interval(result.pctPositiveCI)
        distribution = OrderedCounts(zip(result.item.scale.bins, result.distribution).map { ($0.label, $1) })
    }
}

/// One bin of one item's distribution: `tables/item-distributions.csv`.
package struct DistributionRow: Sendable, Encodable {
    package var dataset = ""
    package var itemID = ""
    package var bin = ""
    package var count = 0

    package init() {}

    package init(dataset: String, itemID: String, bin: String, count: Int) {
        self.dataset = dataset
        self.itemID = itemID
        self.bin = bin
        self.count = count
    }

    package static func rows(of item: ItemRow) -> [DistributionRow] {
        item.distribution.entries.map { DistributionRow(dataset: item.dataset, itemID: item.itemID, bin: $0.label, count: $0.count) }
    }
}
