package import EvidentAnalysis

/// A theme's share of respondents between two waves of one population: `theme_changes` in
/// `results.json` (`ThemeChangeAnalysis`; each side with its own base, two-proportion z-test,
/// Newcombe interval; `significant` and `small_base` follow `Significance`).
package struct ThemeChangeRow: Sendable, Encodable {
    /// One wave's side: the data sets pooled, respondents mentioning the theme, and the base.
    package struct Side: Sendable, Encodable {
        package var datasets: [String]
        package var respondents: Int
        package var base: Int
        package var pctRespondents: Double?

        package init(_ side: ThemeChange.Side) {
            datasets = side.datasets
            respondents = side.respondents
            base = side.base
            pctRespondents = side.percent
        }
    }

    package var population: String
    package var codeID: String
    package var label: String
    package var fromWave: String
    package var toWave: String
    package var firstToLatest: Bool
    package var from: Side
    package var to: Side
    package var changePoints: Double?
    package var changeCI95: Interval?
    package var z: Double?
    package var p: Double?
    package var significant: Bool
    package var smallBase: Bool

    package init(_ change: ThemeChange) {
        population = change.population
        codeID = change.codeID
        label = change.label
        fromWave = change.fromWave
        toWave = change.toWave
        firstToLatest = change.isFirstToLatest
        from = Side(change.from)
        to = Side(change.to)
        changePoints = change.change
        changeCI95 = Interval(change.changeCI)
        z = change.test.z
        p = change.test.pValue
        significant = change.isSignificant
        smallBase = change.isSmall
    }
}
