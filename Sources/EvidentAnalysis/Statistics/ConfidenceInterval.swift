/// A two-sided confidence interval: the range `lower...upper` at a stated confidence level.
///
/// Every interval in this module is built by a named method (t interval of a mean, Wilson
/// score interval of a proportion, Newcombe's hybrid score interval of a difference); the
/// function that builds it documents the formula and the reference.
public struct ConfidenceInterval: Sendable, Equatable, Hashable {
    /// The lower limit, in the units of the estimate (a proportion is 0–1, not a percentage).
    public let lower: Double
    /// The upper limit, in the units of the estimate.
    public let upper: Double
    /// The confidence level as a fraction, for example 0.95.
    public let confidence: Double

    /// An interval from its limits and level; no check that `lower <= upper`.
    public init(lower: Double, upper: Double, confidence: Double) {
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
    }

    /// Whether the level is a usable confidence: strictly between 0 and 1.
    static func isValidConfidence(_ confidence: Double) -> Bool {
        confidence > 0 && confidence < 1
    }
}
