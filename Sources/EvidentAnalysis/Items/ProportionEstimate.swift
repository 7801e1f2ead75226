/// A share of a base as a percentage, with its 95% Wilson score interval: the one place
/// "% positive", response rates and other shares get their numbers.
public struct ProportionEstimate: Sendable, Hashable {
    public var successes: Int
    public var total: Int

    public init(successes: Int, total: Int) {
        self.successes = successes
        self.total = total
    }

    /// successes / total × 100; `nil` when the base is 0.
    public var percent: Double? {
        total > 0 ? Double(successes) / Double(total) * 100 : nil
    }

    /// The Wilson (1927) score interval at 95%, in percent; `nil` when the base is 0.
    public var percentInterval: ConfidenceInterval? {
        guard let interval = Proportion.wilson(successes: successes, n: total, confidence: 0.95) else { return nil }
        return ConfidenceInterval(lower: interval.lower * 100, upper: interval.upper * 100, confidence: interval.confidence)
    }
}
