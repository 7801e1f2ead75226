/// The study's one rule for significance and small bases, used by every table, chart and summary
/// sentence (stated in the appendix's method notes):
///
/// - a difference is **significant** when its two-sided test gives p < 0.05 (`alpha`): the
///   two-proportion z-test for shares, Mann–Whitney U for scores, Welch's t-test for composite
///   means; no correction for multiple comparisons is made, and the notes say so;
/// - a base under 30 (`smallBase`) is **small**: its figures are flagged, and its normal
///   approximations are rough;
/// - a base under 10 (`chartFloor`) is never charted as a percentage.
public enum Significance {
    /// The significance level: p < 0.05, two-sided.
    public static let alpha = 0.05
    /// Bases under 30 are flagged as small.
    public static let smallBase = 30
    /// Percentages on bases under 10 are not charted.
    public static let chartFloor = 10

    /// p < `alpha`; `nil` (no test possible) is not significant.
    public static func isSignificant(_ pValue: Double?) -> Bool {
        guard let pValue else { return false }
        return pValue < alpha
    }
}
