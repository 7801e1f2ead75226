/// Control limits of a funnel plot of proportions: the range a unit with base n would fall in,
/// by chance alone, around a target proportion p₀ (the pooled figure of every unit).
///
/// Exact binomial limits with Spiegelhalter's interpolation, so the curves are smooth in n:
/// for a tail probability q (0.025 and 0.975 for 95%; 0.001 and 0.999 for 99.8%), r is the
/// smallest count with F(r) = P(X ≤ r) ≥ q for X ~ Binomial(n, p₀), and the limit is
///
///     (r − α) / n,   α = (F(r) − q) / (F(r) − F(r − 1)).
///
/// F is computed as I₁₋ₚ₀(n − r, r + 1) (the regularised incomplete beta).
///
/// Reference: D. J. Spiegelhalter (2005), "Funnel plots for comparing institutional
/// performance", Statistics in Medicine 24, 1185–1202, appendix A.1.1; the 95% and 99.8%
/// limits ("2 and 3 standard deviations") are the ones public health funnel plots use.
public enum FunnelLimits {
    /// The lower and upper limit for a base `n` around `target` (0–1) at `confidence` (0.95,
    /// 0.998); `nil` when n < 1 or the target is outside (0, 1).
    public static func limits(n: Int, target: Double, confidence: Double) -> (lower: Double, upper: Double)? {
        guard n >= 1, target > 0, target < 1, confidence > 0, confidence < 1 else { return nil }
        let tail = (1 - confidence) / 2
        guard let lower = limit(n: n, target: target, quantile: tail),
              let upper = limit(n: n, target: target, quantile: 1 - tail) else { return nil }
        return (lower, upper)
    }

    /// (r − α)/n for the quantile q, as in the type's comment, clamped to [0, 1].
    static func limit(n: Int, target: Double, quantile q: Double) -> Double? {
        var low = 0
        var high = n
        // The smallest r with F(r) ≥ q; F(n) = 1.
        while low < high {
            let middle = (low + high) / 2
            guard let value = cdf(middle, n: n, p: target) else { return nil }
            if value >= q { high = middle } else { low = middle + 1 }
        }
        let r = low
        guard let atR = cdf(r, n: n, p: target) else { return nil }
        let below = r > 0 ? cdf(r - 1, n: n, p: target) ?? 0 : 0
        let alpha = atR > below ? (atR - q) / (atR - below) : 0
        return min(1, max(0, (Double(r) - alpha) / Double(n)))
    }

    /// P(X ≤ r) for X ~ Binomial(n, p).
    static func cdf(_ r: Int, n: Int, p: Double) -> Double? {
        if r < 0 { return 0 }
        if r >= n { return 1 }
        return IncompleteBeta.regularized(x: 1 - p, y: p, a: Double(n - r), b: Double(r + 1))?.lower
    }
}
