import Testing
@testable import EvidentAnalysis

@Suite("Funnel plot limits")
struct FunnelLimitsTests {
    // scipy 1.17.1, Spiegelhalter (2005) A.1.1: r = stats.binom.ppf(q, n, p0),
    // F = binom.cdf(r), Fm = binom.cdf(r - 1), limit = (r - (F - q)/(F - Fm)) / n, for q in
    // 0.001, 0.025, 0.975, 0.999 (see reference_values.py).
    @Test("exact binomial limits with interpolation match scipy", arguments: [
        (20, 0.6, [0.22637977197539053, 0.35559346331995334, 0.787083976804197, 0.8922921045722887]),
        (150, 0.6, [0.471435020017433, 0.5175195742279656, 0.6744458530359146, 0.7181302369490107]),
        (1000, 0.72, [0.6750299435592686, 0.6914545846846092, 0.7471185645487718, 0.7627335324090518]),
    ] as [(Int, Double, [Double])])
    func matchesScipy(n: Int, target: Double, expected: [Double]) throws {
        let wide = try #require(FunnelLimits.limits(n: n, target: target, confidence: 0.998))
        let narrow = try #require(FunnelLimits.limits(n: n, target: target, confidence: 0.95))
        #expect(isClose(wide.lower, expected[0], relative: 1e-9))
        #expect(isClose(narrow.lower, expected[1], relative: 1e-9))
        #expect(isClose(narrow.upper, expected[2], relative: 1e-9))
        #expect(isClose(wide.upper, expected[3], relative: 1e-9))
    }

    @Test("limits below 0 are held at 0 (scipy gives -0.0995 and -0.1411 for n = 7, p = 0.3)")
    func clamped() throws {
        let narrow = try #require(FunnelLimits.limits(n: 7, target: 0.3, confidence: 0.95))
        #expect(narrow.lower == 0)
        #expect(isClose(narrow.upper, 0.5931130661721308, relative: 1e-9))
        #expect(FunnelLimits.limits(n: 0, target: 0.3, confidence: 0.95) == nil)
        #expect(FunnelLimits.limits(n: 10, target: 1, confidence: 0.95) == nil)
    }
}
