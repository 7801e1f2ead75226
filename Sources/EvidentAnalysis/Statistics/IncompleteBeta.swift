#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularised incomplete beta function Iₓ(a, b) and its complement, the distribution
/// function of a Beta(a, b) variable, on which the Student t distribution is built.
enum IncompleteBeta {
    /// Iₓ(a, b) = B(x; a, b) / B(a, b) and 1 − Iₓ(a, b) = I₁₋ₓ(b, a), each accurate to about
    /// 1e-14 relative when it is the smaller of the two.
    ///
    /// The caller passes both `x` and `y = 1 − x`, each computed directly, so that a value of x
    /// near 1 loses nothing to the subtraction. The continued fraction
    /// Iₓ(a, b) = xᵃ·yᵇ / (a·B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …))) with
    /// d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)), d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m)),
    /// converges quickly for x < (a + 1)/(a + b + 2); otherwise the symmetry Iₓ(a, b) = 1 − I_y(b, a)
    /// is used. The fraction is evaluated by the modified Lentz method.
    ///
    /// References: Abramowitz & Stegun (1964) 26.5.8; Press et al., Numerical Recipes, 3rd ed.
    /// (2007) §6.4; Lentz (1976) as modified by Thompson & Barnett (1986).
    ///
    /// - Parameter logX: ln x when the caller knows it better than `log(x)` can tell, as when x
    ///   underflows to 0 far in a t tail; the fraction itself needs only x.
    /// - Returns: `lower` = Iₓ(a, b) and `upper` = 1 − Iₓ(a, b); `nil` when a or b is not
    ///   positive and finite or x, y are outside [0, 1].
    static func regularized(
        x: Double, y: Double, a: Double, b: Double, logX knownLogX: Double? = nil
    ) -> (lower: Double, upper: Double)? {
        guard a > 0, b > 0, a.isFinite, b.isFinite, x >= 0, x <= 1, y >= 0, y <= 1 else { return nil }
        if y == 0 { return (1, 0) }
        let logX = knownLogX ?? (x < 0.5 ? log(x) : log1p(-y))
        if logX == -.infinity { return (0, 1) }
        let logY = y < 0.5 ? log(y) : log1p(-x)
        let front = exp(a * logX + b * logY - Gamma.logBeta(a, b))
        if x < (a + 1) / (a + b + 2) {
            let lower = front * continuedFraction(x: x, a: a, b: b) / a
            return (lower, 1 - lower)
        } else {
            let upper = front * continuedFraction(x: y, a: b, b: a) / b
            return (1 - upper, upper)
        }
    }

    /// The continued fraction of Iₓ(a, b) (without its front factor), by modified Lentz.
    /// Stops when a factor is within 1e-15 of 1; the number of steps grows like √max(a, b).
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let epsilon = 1e-15
        let maximumSteps = 100_000
        let sum = a + b
        var c = 1.0
        var d = 1 - sum * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        for _ in 0..<maximumSteps {
            let twoM = 2 * m
            // Even step d₂ₘ.
            var coefficient = m * (b - m) * x / ((a - 1 + twoM) * (a + twoM))
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            // Odd step d₂ₘ₊₁.
            coefficient = -(a + m) * (sum + m) * x / ((a + twoM) * (a + 1 + twoM))
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let factor = d * c
            h *= factor
            if abs(factor - 1) < epsilon { break }
            m += 1
        }
        return h
    }
}
