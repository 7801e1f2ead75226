import Testing
@testable import EvidentAnalysis

@Suite("Normal distribution")
struct NormalTests {
    // scipy 1.17.1: stats.norm.cdf(z), except z = -8: mpmath 1.3.0 (50 digits) mp.ncdf(-8) ->
    // 6.2209605742717841e-16 (scipy's 6.22096057427174e-16 is itself 7e-15 off).
    @Test("cdf matches scipy and mpmath", arguments: [
        (-8.0, 6.2209605742717841e-16),
        (-3.0, 0.0013498980316300933),
        (-1.96, 0.024997895148220435),
        (0.0, 0.5),
        (0.5, 0.6914624612740131),
        (1.2345, 0.8914916766373298),
        (5.0, 0.9999997133484281),
    ])
    func cdf(z: Double, expected: Double) {
        #expect(isClose(Normal.cdf(z), expected, relative: 1e-14))
        #expect(isClose(Normal.survival(-z), expected, relative: 1e-14))
    }

    // scipy 1.17.1: stats.norm.ppf(p)
    @Test("quantile matches scipy (AS 241)", arguments: [
        (1e-300, -37.0470962993612),
        (1e-20, -9.262340089798409),
        (1e-10, -6.361340902404056),
        (0.001, -3.090232306167813),
        (0.025, -1.9599639845400545),
        (0.3, -0.5244005127080409),
        (0.5, 0.0),
        (0.7, 0.5244005127080407),
        (0.975, 1.959963984540054),
        (0.999, 3.090232306167813),
        (1 - 1e-12, 7.0344869100478356),
    ])
    func quantile(p: Double, expected: Double) {
        #expect(isClose(Normal.quantile(p), expected, relative: 1e-14, absolute: 1e-15))
    }

    // scipy 1.17.1: 2 * stats.norm.sf(abs(z))
    @Test("two-sided p matches scipy", arguments: [
        (0.0, 1.0),
        (1.96, 0.04999579029644087),
        (-3.5, 0.00046525815807105003),
        (10.0, 1.523970604832094e-23),
    ])
    func twoSidedP(z: Double, expected: Double) {
        #expect(isClose(Normal.twoSidedP(z: z), expected, relative: 1e-13))
    }

    @Test("undefined arguments give nil")
    func undefined() {
        #expect(Normal.quantile(0) == nil)
        #expect(Normal.quantile(1) == nil)
        #expect(Normal.quantile(-0.1) == nil)
        #expect(Normal.quantile(.nan) == nil)
        #expect(Normal.twoSidedP(z: .nan) == nil)
        #expect(Normal.criticalValue(confidence: 1) == nil)
        // scipy 1.17.1: stats.norm.ppf(0.975) -> 1.959963984540054
        #expect(isClose(Normal.criticalValue(confidence: 0.95), 1.959963984540054, relative: 1e-14))
    }
}
