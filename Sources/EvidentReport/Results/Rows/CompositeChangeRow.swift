package import EvidentAnalysis

/// Composite confidence between two waves of one population: `composite_changes` in
/// `results.json` (`CompositeChangeAnalysis`: Welch's t-test, the items added or dropped between
/// the waves; `significant` and `small_base` follow `Significance`).
package struct CompositeChangeRow: Sendable, Encodable {
    package var population: String
    package var fromDataset: String
    package var toDataset: String
    package var fromWave: String
    package var toWave: String
    package var firstToLatest: Bool
    package var fromN: Int
    package var toN: Int
    package var fromMean: Double?
    package var toMean: Double?
    package var change: Double?
    package var t: Double?
    package var df: Double?
    package var p: Double?
    package var itemsAdded: [String]
    package var itemsDropped: [String]
    package var significant: Bool
    package var smallBase: Bool

    package init(_ change: CompositeChange) {
        population = change.population
        fromDataset = change.fromDataset
        toDataset = change.toDataset
        fromWave = change.fromWave
        toWave = change.toWave
        firstToLatest = change.isFirstToLatest
        fromN = change.fromN
        toN = change.toN
        fromMean = change.fromMean
        toMean = change.toMean
        self.change = change.change
        t = change.test.t
        df = change.test.degreesOfFreedom
        p = change.test.pValue
        itemsAdded = change.itemsAdded
        itemsDropped = change.itemsDropped
        significant = change.isSignificant
        smallBase = change.isSmall
    }
}
