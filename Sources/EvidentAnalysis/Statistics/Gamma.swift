#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The logarithms of the gamma and beta functions for positive arguments, written here so they
/// are thread-safe (the C library's `lgamma` writes a global) and keep their precision when
/// one argument is large, as in a t distribution with many degrees of freedom.
enum Gamma {
    /// ½·ln(2π).
    static let halfLogTwoPi = 0.918_938_533_204_672_741_78

    /// ln Γ(x) for x > 0, absolute error about 1e-15.
    ///
    /// Stirling's series at y ≥ 10, ln Γ(y) = (y − ½)·ln y − y + ½·ln 2π + ω(y), with smaller x
    /// shifted up by the recurrence Γ(x + 1) = x·Γ(x). Abramowitz & Stegun (1964) 6.1.40–6.1.41.
    static func logGamma(_ x: Double) -> Double {
        var y = x
        var product = 1.0
        while y < 10 {
            product *= y
            y += 1
        }
        return (y - 0.5) * log(y) - y + halfLogTwoPi + stirlingCorrection(y) - log(product)
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0.
    ///
    /// When an argument is 10 or more the Stirling terms are combined before evaluation (using
    /// `log1p` for ln(1 + small/large)), so ln B keeps its absolute precision for a, b in the
    /// millions instead of losing it to the cancellation of three large ln Γ values.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let small = min(a, b)
        let large = max(a, b)
        let sum = a + b
        if small >= 10 {
            return halfLogTwoPi - 0.5 * log(sum)
                + (small - 0.5) * log(small / sum)
                - (large - 0.5) * log1p(small / large)
                + stirlingCorrection(small) + stirlingCorrection(large) - stirlingCorrection(sum)
        }
        if large >= 10 {
            // ln Γ(large) − ln Γ(large + small) by Stirling, terms combined.
            let ratio = -(large - 0.5) * log1p(small / large) - small * log(sum) + small
                + stirlingCorrection(large) - stirlingCorrection(sum)
            return logGamma(small) + ratio
        }
        return logGamma(a) + logGamma(b) - logGamma(sum)
    }

    /// ω(y) = ln Γ(y) − [(y − ½)·ln y − y + ½·ln 2π], by its asymptotic series
    /// Σₖ B₂ₖ / (2k(2k − 1)·y^(2k−1)) to eight terms; truncation error below 1e-17 for y ≥ 10.
    static func stirlingCorrection(_ y: Double) -> Double {
        let inverse = 1 / y
        let inverseSquared = inverse * inverse
        let series =
            1.0 / 12 + inverseSquared * (-1.0 / 360 + inverseSquared * (1.0 / 1260
            + inverseSquared * (-1.0 / 1680 + inverseSquared * (1.0 / 1188
            + inverseSquared * (-691.0 / 360_360 + inverseSquared * (1.0 / 156
            + inverseSquared * (-3617.0 / 122_400)))))))
        return series * inverse
    }
}
