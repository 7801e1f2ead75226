#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Student's t distribution with ν > 0 degrees of freedom (ν need not be an integer, as in
/// Welch's test): distribution function, tail areas and quantile, accurate to about 1e-13.
///
/// The tail area is a regularised incomplete beta function,
/// P(T > t) = ½·Iₓ(ν/2, ½) with x = ν / (ν + t²) for t ≥ 0 (Abramowitz & Stegun 1964, 26.7.1
/// and 26.5.27), evaluated by `IncompleteBeta`'s continued fraction with x and 1 − x = t²/(ν + t²)
/// both computed directly; above ν = 1000, where that fraction converges too slowly, by
/// integrating the density numerically (`DoubleExponentialQuadrature`). ν = +∞ is the standard
/// normal distribution.
public enum StudentT {
    /// P(T ≤ t). Returns `nil` for NaN `t` or a ν that is not positive.
    public static func cdf(_ t: Double, degreesOfFreedom ν: Double) -> Double? {
        guard let tail = tailArea(beyond: abs(t), degreesOfFreedom: ν) else { return nil }
        return t < 0 ? tail : 1 - tail
    }

    /// P(T > t), the upper tail, accurate far out. Returns `nil` for NaN `t` or a ν that is not
    /// positive.
    public static func survival(_ t: Double, degreesOfFreedom ν: Double) -> Double? {
        guard let tail = tailArea(beyond: abs(t), degreesOfFreedom: ν) else { return nil }
        return t > 0 ? tail : 1 - tail
    }

    /// Two-sided p-value P(|T| ≥ |t|) = Iₓ(ν/2, ½), x = ν/(ν + t²); equals scipy's
    /// `2 * t.sf(abs(t), df)`. Returns `nil` for NaN `t` or a ν that is not positive.
    public static func twoSidedP(t: Double, degreesOfFreedom ν: Double) -> Double? {
        guard let tail = tailArea(beyond: abs(t), degreesOfFreedom: ν) else { return nil }
        return min(1, 2 * tail)
    }

    /// The quantile: the t with P(T ≤ t) = p, for 0 < p < 1; for example
    /// `quantile(0.975, degreesOfFreedom: 9)` = 2.262157.
    ///
    /// Solves P(T > s) = min(p, 1 − p) for s ≥ 0 by Brent's method on the relative error of the
    /// tail area (so far-tail quantiles keep their relative precision), from a bracket that starts
    /// at the normal quantile (the t tail is heavier) and doubles until it holds the root.
    /// Relative accuracy about 1e-12, except within about 1e-3 of 0 (p near ½), where the error
    /// is about 1e-15 absolute (p itself carries about 1e-16). Returns `nil` unless 0 < p < 1
    /// and ν > 0, or when the quantile is beyond the largest finite `Double` (tiny p, ν < 1).
    public static func quantile(_ p: Double, degreesOfFreedom ν: Double) -> Double? {
        guard p > 0, p < 1, ν > 0 else { return nil }
        if ν == .infinity { return Normal.quantile(p) }
        if p == 0.5 { return 0 }
        let target = min(p, 1 - p)
        let relativeError: (Double) -> Double = { s in
            (tailArea(beyond: s, degreesOfFreedom: ν) ?? .nan) / target - 1
        }
        var low = -(Normal.quantile(target) ?? 0)
        if relativeError(low) < 0 { low = 0 }
        var high = max(2 * low, 1)
        while relativeError(high) > 0 {
            low = high
            high *= 2
            guard high.isFinite else { return nil }
        }
        guard let s = Brent.root(in: (low, high), of: relativeError) else { return nil }
        return p < 0.5 ? -s : s
    }

    /// The two-sided critical value t₁₋α/₂,ν = quantile(½ + confidence/2, ν), the multiplier of
    /// the standard error in a t confidence interval. Returns `nil` unless 0 < confidence < 1
    /// and ν > 0.
    public static func criticalValue(confidence: Double, degreesOfFreedom ν: Double) -> Double? {
        guard ConfidenceInterval.isValidConfidence(confidence) else { return nil }
        return quantile(0.5 + confidence / 2, degreesOfFreedom: ν)
    }

    /// Above this many degrees of freedom the tail area is integrated from the density: the
    /// continued fraction of Iₓ(ν/2, ½) converges ever more slowly and can stop early (its
    /// relative error passes 1e-13 near ν = 3000 and 1e-10 near ν = 1e8).
    static let integrationThreshold = 1000.0

    /// P(T > s) for s ≥ 0.
    ///
    /// For ν ≤ 1000: ½·Iₓ(ν/2, ½), x = ν/(ν + s²), written as 1/(1 + s²/ν) or
    /// (ν/s²)/(1 + ν/s²) so that neither x nor 1 − x overflows or cancels, with ln x passed in
    /// log form so far tails do not underflow.
    /// For ν > 1000: ∫ₛ^∞ f(u) du with the density
    /// f(u) = exp(−½·ln ν − ln B(ν/2, ½) − (ν + 1)/2 · ln(1 + u²/ν)) by double-exponential
    /// quadrature, about 1e-14 relative.
    static func tailArea(beyond s: Double, degreesOfFreedom ν: Double) -> Double? {
        guard !s.isNaN, !ν.isNaN, ν > 0 else { return nil }
        if ν == .infinity { return Normal.survival(s) }
        if s == .infinity { return 0 }
        if s == 0 { return 0.5 }
        if ν > integrationThreshold { return integratedTailArea(beyond: s, degreesOfFreedom: ν) }
        let x: Double
        let y: Double
        let logX: Double
        if s * s < ν {
            let ratio = s * s / ν
            x = 1 / (1 + ratio)
            y = ratio / (1 + ratio)
            logX = -log1p(ratio)
        } else {
            let scaled = ν.squareRoot() / s
            let ratio = scaled * scaled
            x = ratio / (1 + ratio)
            y = 1 / (1 + ratio)
            logX = 2 * log(scaled) - log1p(ratio)
        }
        guard let beta = IncompleteBeta.regularized(x: x, y: y, a: ν / 2, b: 0.5, logX: logX) else { return nil }
        return 0.5 * beta.lower
    }

    /// ∫ₛ^∞ of the t density, for large ν (see `tailArea`). The quadrature's length scale is
    /// the distance over which the log density falls by 1 near s, (ν + s²)/((ν + 1)·max(s, 1)).
    private static func integratedTailArea(beyond s: Double, degreesOfFreedom ν: Double) -> Double {
        let logNormalisation = -0.5 * log(ν) - Gamma.logBeta(ν / 2, 0.5)
        let exponent = (ν + 1) / 2
        let scale = (ν + s * s) / ((ν + 1) * max(s, 1))
        return DoubleExponentialQuadrature.integralToInfinity(from: s, scale: scale) { u in
            exp(logNormalisation - exponent * log1p(u * u / ν))
        }
    }
}
