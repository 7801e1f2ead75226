/// Brent's root finder: bisection safeguarded with secant and inverse quadratic steps.
///
/// Reference: R. P. Brent (1973), "Algorithms for Minimization without Derivatives", ch. 4
/// (`zeroin`); as in Press et al., Numerical Recipes, 3rd ed. (2007) §9.3.
enum Brent {
    /// A root of `f` in [a, b], given f(a) and f(b) of opposite signs (or one of them zero).
    ///
    /// Converges to within 2·ε·|x| + `absoluteTolerance / 2`; never leaves the bracket, so it
    /// cannot diverge. Returns `nil` when the bracket does not change sign.
    static func root(
        in bracket: (Double, Double),
        absoluteTolerance: Double = 0,
        maximumIterations: Int = 300,
        of f: (Double) -> Double
    ) -> Double? {
        var a = bracket.0
        var b = bracket.1
        var fa = f(a)
        var fb = f(b)
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard (fa < 0) != (fb < 0) else { return nil }
        var c = b
        var fc = fb
        var d = b - a
        var e = d
        for _ in 0..<maximumIterations {
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
                c = a
                fc = fa
                d = b - a
                e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tolerance = 2 * Double.ulpOfOne * abs(b) + 0.5 * absoluteTolerance
            let midpoint = 0.5 * (c - b)
            if abs(midpoint) <= tolerance || fb == 0 { return b }
            if abs(e) >= tolerance && abs(fa) > abs(fb) {
                // Secant (a == c) or inverse quadratic interpolation.
                let s = fb / fa
                var p: Double
                var q: Double
                if a == c {
                    p = 2 * midpoint * s
                    q = 1 - s
                } else {
                    let qa = fa / fc
                    let r = fb / fc
                    p = s * (2 * midpoint * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * midpoint * q - abs(tolerance * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = midpoint
                    e = d
                }
            } else {
                d = midpoint
                e = d
            }
            a = b
            fa = fb
            b += abs(d) > tolerance ? d : (midpoint > 0 ? tolerance : -tolerance)
            fb = f(b)
        }
        return b
    }
}
