import Testing
@testable import EvidentAnalysis

@Suite("Regularised incomplete beta")
struct IncompleteBetaTests {
    // scipy 1.17.1: special.betainc(a, b, x)
    @Test("Iₓ(a, b) matches scipy", arguments: [
        (0.5, 0.5, 0.3, 0.36901011956554536),
        (2.0, 3.0, 0.4, 0.5247999999999999),
        (10.0, 0.5, 0.9, 0.15164090963470994),
        (50.0, 60.0, 0.45, 0.4642352914306031),
        (5e5, 0.5, 0.999998, 0.15729910327878688),
        (1.0, 1.0, 0.25, 0.25),
    ])
    func regularized(a: Double, b: Double, x: Double, expected: Double) throws {
        let value = try #require(IncompleteBeta.regularized(x: x, y: 1 - x, a: a, b: b))
        // x = 0.999998 carries a representation error of ~1e-16 in 1 − x, which a = 5e5 amplifies.
        #expect(isClose(value.lower, expected, relative: 1e-10))
        #expect(isClose(value.upper, 1 - expected, relative: 1e-10))
    }

    @Test("ends and invalid arguments")
    func edges() {
        #expect(IncompleteBeta.regularized(x: 0, y: 1, a: 2, b: 3)?.lower == 0)
        #expect(IncompleteBeta.regularized(x: 1, y: 0, a: 2, b: 3)?.lower == 1)
        #expect(IncompleteBeta.regularized(x: 0.5, y: 0.5, a: 0, b: 3) == nil)
        #expect(IncompleteBeta.regularized(x: 1.5, y: -0.5, a: 1, b: 3) == nil)
    }
}
