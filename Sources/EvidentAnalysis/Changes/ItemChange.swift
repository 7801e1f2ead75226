import EvidentModel

/// How an item moved between two annual waves (results spec `changes`).
///
/// Differences are later minus earlier. Scores are compared with the Mann–Whitney U test
/// (two-sided, normal approximation, tie-corrected, no continuity correction); the share
/// positive with the pooled two-proportion z-test and Newcombe's hybrid score interval for the
/// difference. Waves are independent samples (anonymous surveys), not the same people.
public struct ItemChange: Sendable {
    public var kind: String
    public var itemID: String
    public var label: String
    public var scaleID: String
    public var fromWave: String
    public var toWave: String
    public var from: Side
    public var to: Side
    public var scores: MannWhitney
    public var shares: TwoProportion
    /// Newcombe interval for the change in % positive, in percentage points.
    public var pctPositiveChangeCI: ConfidenceInterval?
    /// The first wave against the latest (with three waves or more), beside the adjacent pairs.
    public var isFirstToLatest = false

    /// One wave's side of the comparison.
    public struct Side: Sendable {
        public var datasets: [String]
        public var n: Int
        public var mean: Double?
        public var positive: Int

        /// positive / n × 100.
        public var pctPositive: Double? { ProportionEstimate(successes: positive, total: n).percent }
    }

    /// Later mean minus earlier mean.
    public var meanChange: Double? {
        guard let before = from.mean, let after = to.mean else { return nil }
        return after - before
    }

    /// Later % positive minus earlier, in percentage points.
    public var pctPositiveChange: Double? {
        guard let before = from.pctPositive, let after = to.pctPositive else { return nil }
        return after - before
    }

    /// The significance level changes are flagged at.
    public static let alpha = Significance.alpha

    /// Scores differ significantly (Mann–Whitney p < 0.05).
    public var scoresChangedSignificantly: Bool { (scores.pValue ?? 1) < Self.alpha }

    /// The share positive differs significantly (z-test p < 0.05).
    public var shareChangedSignificantly: Bool { (shares.pValue ?? 1) < Self.alpha }

    /// Either wave has fewer than 30 answers: the normal approximations are rough.
    public var isSmall: Bool { from.n < 30 || to.n < 30 }
}
