package import EvidentAnalysis

/// One item's change between two consecutive waves: `changes` in `results.json`,
/// `tables/changes.csv`, a row of the appendix's change table (results spec: later minus earlier;
/// Mann–Whitney U on the scores, two-sided, normal approximation with tie correction and no
/// continuity correction; two-proportion z-test on % positive, Newcombe's interval).
package struct ChangeRow: Sendable, Encodable {
    package var itemID = ""
    package var kind = ""
    package var label = ""
    package var scale = ""
    package var fromWave = ""
    package var toWave = ""
    /// The first wave against the latest (three waves or more), beside the adjacent pairs.
    package var firstToLatest = false
    package var fromDatasets: [String] = []
    package var toDatasets: [String] = []
    package var fromN = 0
    package var toN = 0
    package var fromMean: Double?
    package var toMean: Double?
    package var meanChange: Double?
    package var fromPctPositive: Double?
    package var toPctPositive: Double?
    package var pctPositiveChange: Double?
    package var pctPositiveChangeCI95: Interval?
    package var test = "mann-whitney"
    package var u: Double?
    package var z: Double?
    package var pValue: Double?
    package var pValueUndefined: String?
    package var proportionTest = "two-proportion-z"
    package var proportionZ: Double?
    package var proportionPValue: Double?
    package var proportionPValueUndefined: String?
    package var significantScores = false
    package var significantPctPositive = false
    /// Either wave has fewer than 30 answers.
    package var smallSampleWarning = false

    package init() {}

    package init(_ change: ItemChange) {
        itemID = change.itemID
        kind = change.kind
        label = change.label
        scale = change.scaleID
        fromWave = change.fromWave
        toWave = change.toWave
        firstToLatest = change.isFirstToLatest
        fromDatasets = change.from.datasets
        toDatasets = change.to.datasets
        fromN = change.from.n
        toN = change.to.n
        fromMean = change.from.mean
        toMean = change.to.mean
        meanChange = change.meanChange
        fromPctPositive = change.from.pctPositive
        toPctPositive = change.to.pctPositive
        pctPositiveChange = change.pctPositiveChange
        pctPositiveChangeCI95 = Interval(change.pctPositiveChangeCI)
        u = change.scores.u
        z = change.scores.z
        pValue = change.scores.pValue
        pValueUndefined = change.scores.undefinedReason
        proportionZ = change.shares.z
        proportionPValue = change.shares.pValue
        proportionPValueUndefined = change.shares.undefinedReason
        significantScores = change.scoresChangedSignificantly
        significantPctPositive = change.shareChangedSignificantly
        smallSampleWarning = change.isSmall
    }
}
