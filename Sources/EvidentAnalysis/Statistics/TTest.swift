/// A t-test of means, two-sided: Welch's test for two independent samples, or a one-sample
/// test against a fixed mean.
///
/// Used, for example, to flag an item "significantly below the overall composite": pass the
/// item's scores first and the composite scores second; a `pValue` below the chosen level with a
/// negative `estimate` means the item's mean is significantly lower.
public struct TTest: Sendable, Equatable {
    /// The estimated difference: x̄₁ − x̄₂ (Welch, first minus second) or x̄ − μ₀ (one-sample);
    /// `nil` when a sample is empty.
    public let estimate: Double?
    /// The standard error of `estimate`; `nil` when undefined.
    public let standardError: Double?
    /// t = estimate / standardError; `nil` when undefined.
    public let t: Double?
    /// Degrees of freedom ν (Welch–Satterthwaite for two samples, n − 1 for one); `nil` when undefined.
    public let degreesOfFreedom: Double?
    /// Two-sided p-value P(|T_ν| ≥ |t|); `nil` when undefined.
    public let pValue: Double?
    /// Why the test statistics are `nil`; `nil` when they are defined.
    public let undefinedReason: String?

    /// Welch's unequal-variances t-test, two-sided, with sᵢ² the sample variances (n − 1):
    ///
    ///     t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂)
    ///     ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))
    ///
    /// Equals scipy `ttest_ind(first, second, equal_var=False)`. Undefined when a sample has
    /// fewer than 2 values or both samples are constant (standard error 0).
    ///
    /// References: B. L. Welch (1947), "The generalization of 'Student's' problem when several
    /// different population variances are involved", Biometrika 34, 28–35; F. E. Satterthwaite
    /// (1946), Biometrics Bulletin 2(6), 110–114.
    public static func welch(_ first: [Double], _ second: [Double]) -> TTest {
        welch(Summary(first), Summary(second))
    }

    /// Welch's test of two samples given as counts of each value: the same figures as the
    /// samples themselves give.
    public static func welch(_ first: ScoreCounts, _ second: ScoreCounts) -> TTest {
        welch(Summary(first), Summary(second))
    }

    /// Welch's test from the two samples' summaries (their n, mean and standard deviation).
    static func welch(_ a: Summary, _ b: Summary) -> TTest {
        var estimate: Double?
        if let meanA = a.mean, let meanB = b.mean { estimate = meanA - meanB }
        guard let estimate, let sdA = a.standardDeviation, let sdB = b.standardDeviation else {
            return TTest(estimate: estimate, reason: "each sample needs at least 2 values (n1 = \(a.count), n2 = \(b.count))")
        }
        let shareA = sdA * sdA / Double(a.count)
        let shareB = sdB * sdB / Double(b.count)
        let variance = shareA + shareB
        guard variance > 0 else {
            return TTest(estimate: estimate, reason: "both samples are constant, so the standard error is 0")
        }
        let ν = variance * variance
            / (shareA * shareA / Double(a.count - 1) + shareB * shareB / Double(b.count - 1))
        return TTest(estimate: estimate, standardError: variance.squareRoot(), degreesOfFreedom: ν)
    }

    /// The one-sample t-test of H₀: mean = μ₀, two-sided: t = (x̄ − μ₀)/(s/√n), ν = n − 1.
    ///
    /// Equals scipy `ttest_1samp(values, popmean)`. Undefined when n < 2 or all values are equal.
    ///
    /// Reference: Student (1908), "The probable error of a mean", Biometrika 6(1), 1–25.
    public static func oneSample(_ values: [Double], mean μ0: Double) -> TTest {
        let summary = Summary(values)
        let estimate = summary.mean.map { $0 - μ0 }
        guard let estimate, let standardError = summary.standardErrorOfMean else {
            return TTest(estimate: estimate, reason: "the sample needs at least 2 values (n = \(summary.count))")
        }
        guard standardError > 0 else {
            return TTest(estimate: estimate, reason: "all values are equal, so the standard error is 0")
        }
        return TTest(estimate: estimate, standardError: standardError, degreesOfFreedom: Double(summary.count - 1))
    }

    /// The confidence interval of `estimate`: estimate ± t₁₋α/₂,ν · standardError (scipy's
    /// `result.confidence_interval(confidence)`). `nil` when the test is undefined.
    public func confidenceInterval(confidence: Double = 0.95) -> ConfidenceInterval? {
        guard let estimate, let standardError, let degreesOfFreedom,
              let multiplier = StudentT.criticalValue(confidence: confidence, degreesOfFreedom: degreesOfFreedom)
        else { return nil }
        return ConfidenceInterval(
            lower: estimate - multiplier * standardError, upper: estimate + multiplier * standardError,
            confidence: confidence)
    }

    private init(estimate: Double, standardError: Double, degreesOfFreedom: Double) {
        let t = estimate / standardError
        self.estimate = estimate
        self.standardError = standardError
        self.t = t
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = StudentT.twoSidedP(t: t, degreesOfFreedom: degreesOfFreedom)
        self.undefinedReason = nil
    }

    private init(estimate: Double?, reason: String) {
        self.estimate = estimate
        self.standardError = nil
        self.t = nil
        self.degreesOfFreedom = nil
        self.pValue = nil
        self.undefinedReason = reason
    }
}
