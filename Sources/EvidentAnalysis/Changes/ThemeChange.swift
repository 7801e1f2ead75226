/// How a theme's share moved between two waves of one population (data sets of the same kind).
///
/// A side's share is respondents with the theme / respondents with any free text, over the data
/// sets of that kind and wave (pooled: they are different people). The difference is later minus
/// earlier, in percentage points, tested with the pooled two-proportion z-test (two-sided) and
/// given Newcombe's hybrid score interval, as item shares are (`ItemChange`).
public struct ThemeChange: Sendable {
    /// The population: the data sets' kind and their id without the wave
    /// (`practitioner-survey/practitioners`).
    public var population: String
    public var codeID: String
    public var label: String
    public var fromWave: String
    public var toWave: String
    public var from: Side
    public var to: Side
    public var test: TwoProportion
    /// Newcombe interval for the change, in percentage points.
    public var changeCI: ConfidenceInterval?
    /// Whether the pair is the first wave against the latest (with three or more waves), rather
    /// than two adjacent waves.
    public var isFirstToLatest: Bool

    /// One wave's side: respondents with the theme, out of those with free text.
    public struct Side: Sendable, Hashable {
        public var datasets: [String]
        public var respondents: Int
        public var base: Int

        public init(datasets: [String], respondents: Int, base: Int) {
            self.datasets = datasets
            self.respondents = respondents
            self.base = base
        }

        /// respondents / base × 100; `nil` when the base is 0.
        public var percent: Double? { ProportionEstimate(successes: respondents, total: base).percent }
    }

    /// Later share minus earlier, in percentage points.
    public var change: Double? {
        guard let before = from.percent, let after = to.percent else { return nil }
        return after - before
    }

    /// The share changed significantly under the study's one rule (`Significance`).
    public var isSignificant: Bool { Significance.isSignificant(test.pValue) }

    /// Either base is under `Significance.smallBase`: flagged wherever shown.
    public var isSmall: Bool { from.base < Significance.smallBase || to.base < Significance.smallBase }
}
