public import EvidentModel

/// The statistics of one scale item in one data set, as `results.json` defines them.
///
/// `n` counts answers valid on the item's scale, `missing` blanks, `invalid` answers outside
/// the scale; mean, sd (n − 1), median and quartiles are over the `n` valid scores (ordinal
/// levels scored 1…k); `pctPositive` = positive / n × 100.
public struct ItemResult: Sendable {
    public var dataset: String
    public var wave: String?
    public var item: ScaleItem
    public var n: Int
    public var missing: Int
    public var invalid: Int
    public var summary: Summary
    /// mean ± t(0.975, n − 1) · sd / √n; `nil` when n < 2.
    public var meanCI: ConfidenceInterval?
    public var positive: Int
    /// 0–100; `nil` when n = 0.
    public var pctPositive: Double?
    /// Wilson score interval for the share positive, in percent; `nil` when n = 0.
    public var pctPositiveCI: ConfidenceInterval?
    /// Counts per bin of `item.scale.bins`, in bin order.
    public var distribution: [Int]
    /// The valid scores, as counts of each value, for tests between waves and charts.
    public var scores: ScoreCounts

    public init(
        dataset: String, wave: String?, item: ScaleItem, n: Int, missing: Int, invalid: Int, summary: Summary,
        meanCI: ConfidenceInterval?, positive: Int, pctPositive: Double?, pctPositiveCI: ConfidenceInterval?,
        distribution: [Int], scores: ScoreCounts
    ) {
        self.dataset = dataset
        self.wave = wave
        self.item = item
        self.n = n
        self.missing = missing
        self.invalid = invalid
        self.summary = summary
        self.meanCI = meanCI
        self.positive = positive
        self.pctPositive = pctPositive
        self.pctPositiveCI = pctPositiveCI
        self.distribution = distribution
        self.scores = scores
    }
}
