#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import EvidentAnalysis

@Suite("Double-exponential quadrature")
struct DoubleExponentialQuadratureTests {
    @Test("integrals with closed forms")
    func closedForms() {
        // ∫₀^∞ e^(−x) dx = 1
        #expect(isClose(DoubleExponentialQuadrature.integralToInfinity(from: 0, scale: 1) { exp(-$0) }, 1, relative: 1e-14))
        // ∫₁^∞ x^(−2) dx = 1
        #expect(isClose(DoubleExponentialQuadrature.integralToInfinity(from: 1, scale: 1) { 1 / ($0 * $0) }, 1, relative: 1e-14))
        // ∫₀^∞ dx / (1 + x²) = π/2
        #expect(isClose(
            DoubleExponentialQuadrature.integralToInfinity(from: 0, scale: 1) { 1 / (1 + $0 * $0) }, Double.pi / 2,
            relative: 1e-14))
        // ∫₃^∞ φ(x) dx = ½·erfc(3/√2), the normal tail 0.0013498980316300933 (scipy 1.17.1 norm.sf(3))
        let tail = DoubleExponentialQuadrature.integralToInfinity(from: 3, scale: 1.0 / 3) { x in
            exp(-x * x / 2) / (2 * Double.pi).squareRoot()
        }
        #expect(isClose(tail, 0.0013498980316300933, relative: 1e-14))
    }
}
