/// Intervals for one proportion p̂ = x / n (a proportion 0–1; multiply by 100 for a percentage).
public enum Proportion {
    /// The Wilson score interval for a binomial proportion: the p for which
    /// |p̂ − p| ≤ z·√(p(1 − p)/n), that is
    ///
    ///     (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n),   z = Φ⁻¹(½ + confidence/2).
    ///
    /// Unlike the Wald interval it stays inside [0, 1] and is not degenerate at x = 0 or x = n
    /// (its lower limit is exactly 0 when x = 0 and its upper limit exactly 1 when x = n). Equals
    /// statsmodels `proportion_confint(x, n, alpha=1-confidence, method="wilson")`.
    /// Returns `nil` when n = 0, x < 0, x > n, or the level is not strictly between 0 and 1.
    ///
    /// References: E. B. Wilson (1927), "Probable inference, the law of succession, and
    /// statistical inference", JASA 22, 209–212; R. G. Newcombe (1998), "Two-sided confidence
    /// intervals for the single proportion: comparison of seven methods", Statistics in
    /// Medicine 17, 857–872 (method 3).
    public static func wilson(successes x: Int, n: Int, confidence: Double = 0.95) -> ConfidenceInterval? {
        guard n > 0, x >= 0, x <= n, let z = Normal.criticalValue(confidence: confidence) else { return nil }
        let count = Double(n)
        let p = Double(x) / count
        let zSquared = z * z
        let denominator = 1 + zSquared / count
        let centre = (p + zSquared / (2 * count)) / denominator
        let halfWidth = z * (p * (1 - p) / count + zSquared / (4 * count * count)).squareRoot() / denominator
        let lower = x == 0 ? 0 : max(0, centre - halfWidth)
        let upper = x == n ? 1 : min(1, centre + halfWidth)
        return ConfidenceInterval(lower: lower, upper: upper, confidence: confidence)
    }
}
