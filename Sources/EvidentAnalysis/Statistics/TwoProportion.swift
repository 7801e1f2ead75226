/// Comparing two independent proportions p̂₁ = x₁/n₁ and p̂₂ = x₂/n₂ (for example the share
/// at or above a threshold in a later and an earlier wave). Differences are always
/// **first minus second**, p̂₁ − p̂₂: pass the later wave first for "later minus earlier".
public struct TwoProportion: Sendable, Equatable {
    /// p̂₁ = x₁/n₁, or `nil` when n₁ = 0.
    public let firstProportion: Double?
    /// p̂₂ = x₂/n₂, or `nil` when n₂ = 0.
    public let secondProportion: Double?
    /// p̂₁ − p̂₂, or `nil` when either n is 0.
    public let difference: Double?
    /// The pooled proportion p̄ = (x₁ + x₂)/(n₁ + n₂), or `nil` when both n are 0.
    public let pooledProportion: Double?
    /// z = (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)); `nil` when undefined.
    public let z: Double?
    /// Two-sided p-value 2·(1 − Φ(|z|)); `nil` when undefined.
    public let pValue: Double?
    /// Why `z` and `pValue` are `nil`, in words for the report; `nil` when they are defined.
    public let undefinedReason: String?

    /// The two-proportion z-test with pooled variance, two-sided:
    ///
    ///     z = (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)),   p̄ = (x₁ + x₂)/(n₁ + n₂),   p = 2·(1 − Φ(|z|)).
    ///
    /// Equals statsmodels `proportions_ztest([x1, x2], [n1, n2])` (value 0, two-sided, pooled).
    /// Undefined when a group is empty, a count is out of range, or p̄ is 0 or 1 (every answer
    /// on the same side in both groups, so the standard error is 0).
    ///
    /// Reference: J. L. Fleiss, B. Levin & M. C. Paik (2003), "Statistical Methods for Rates and
    /// Proportions", 3rd ed., §2.6 (the uncorrected chi-squared test, z² = X²).
    public static func zTest(successes1 x1: Int, n1: Int, successes2 x2: Int, n2: Int) -> TwoProportion {
        guard x1 >= 0, x1 <= n1, x2 >= 0, x2 <= n2 else {
            return undefined("successes must be between 0 and the group size")
        }
        let first = n1 > 0 ? Double(x1) / Double(n1) : nil
        let second = n2 > 0 ? Double(x2) / Double(n2) : nil
        let pooled = n1 + n2 > 0 ? Double(x1 + x2) / Double(n1 + n2) : nil
        func result(_ z: Double?, _ p: Double?, _ reason: String?) -> TwoProportion {
            var difference: Double?
            if let first, let second { difference = first - second }
            return TwoProportion(
                firstProportion: first, secondProportion: second, difference: difference,
                pooledProportion: pooled, z: z, pValue: p, undefinedReason: reason)
        }
        guard let first, let second, let pooled else {
            return result(nil, nil, "a group has no answers (n1 = \(n1), n2 = \(n2))")
        }
        guard pooled > 0, pooled < 1 else {
            return result(nil, nil, "every answer is on the same side in both groups (pooled proportion \(pooled == 0 ? 0 : 1)), so the standard error is 0")
        }
        let standardError = (pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
        let z = (first - second) / standardError
        return result(z, Normal.twoSidedP(z: z), nil)
    }

    /// Newcombe's hybrid score interval for the difference p̂₁ − p̂₂ (first minus second), built
    /// from the two Wilson score intervals (l₁, u₁) and (l₂, u₂):
    ///
    ///     lower = (p̂₁ − p̂₂) − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)
    ///     upper = (p̂₁ − p̂₂) + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)
    ///
    /// Equals statsmodels `confint_proportions_2indep(x1, n1, x2, n2, method="newcomb",
    /// compare="diff")`. Returns `nil` when either n is 0, a count is out of range, or the level
    /// is not strictly between 0 and 1.
    ///
    /// Reference: R. G. Newcombe (1998), "Interval estimation for the difference between
    /// independent proportions: comparison of eleven methods", Statistics in Medicine 17,
    /// 873–890 (method 10); worked example 56/70 − 48/80 gives (0.0524, 0.3339).
    public static func newcombeInterval(
        successes1 x1: Int, n1: Int, successes2 x2: Int, n2: Int, confidence: Double = 0.95
    ) -> ConfidenceInterval? {
        guard let first = Proportion.wilson(successes: x1, n: n1, confidence: confidence),
              let second = Proportion.wilson(successes: x2, n: n2, confidence: confidence)
        else { return nil }
        let p1 = Double(x1) / Double(n1)
        let p2 = Double(x2) / Double(n2)
        let difference = p1 - p2
        let below = ((p1 - first.lower) * (p1 - first.lower) + (second.upper - p2) * (second.upper - p2)).squareRoot()
        let above = ((first.upper - p1) * (first.upper - p1) + (p2 - second.lower) * (p2 - second.lower)).squareRoot()
        return ConfidenceInterval(lower: difference - below, upper: difference + above, confidence: confidence)
    }

    private static func undefined(_ reason: String) -> TwoProportion {
        TwoProportion(
            firstProportion: nil, secondProportion: nil, difference: nil, pooledProportion: nil,
            z: nil, pValue: nil, undefinedReason: reason)
    }
}
