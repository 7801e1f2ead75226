import Testing
@testable import EvidentAnalysis

@Suite("Wilson score interval")
struct ProportionTests {
    // statsmodels 0.15.0: proportion_confint(x, n, alpha=1 - confidence, method="wilson")
    @Test("matches statsmodels", arguments: [
        (0, 10, 0.95, 0.0, 0.2775327998628892),
        (1, 10, 0.95, 0.017876213095072896, 0.4041500267952385),
        (10, 10, 0.95, 0.7224672001371107, 1.0),  // statsmodels prints 0.9999999999999999
        (118, 160, 0.95, 0.6643294227646624, 0.7995336345288727),
        (0, 1, 0.95, 0.0, 0.7934506856227626),
        (1, 1, 0.95, 0.20654931437723745, 1.0),
        (118, 160, 0.90, 0.6766757575342754, 0.7904257215339048),
    ])
    func matchesStatsmodels(successes: Int, n: Int, confidence: Double, lower: Double, upper: Double) throws {
        let interval = try #require(Proportion.wilson(successes: successes, n: n, confidence: confidence))
        #expect(isClose(interval.lower, lower, relative: 1e-13, absolute: 1e-15))
        #expect(isClose(interval.upper, upper, relative: 1e-13, absolute: 1e-15))
        #expect(interval.confidence == confidence)
    }

    // The worked examples of Newcombe (1998a), "Two-sided confidence intervals for the single
    // proportion: comparison of seven methods", Statistics in Medicine 17, 857–872 (method 3),
    // to 4 decimals; values from statsmodels 0.15.0 proportion_confint(x, n, method="wilson").
    @Test("Newcombe's (1998) worked examples to 4 decimals", arguments: [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ])
    func matchesNewcombe(successes: Int, n: Int, lower: Double, upper: Double) throws {
        let interval = try #require(Proportion.wilson(successes: successes, n: n))
        #expect(isClose(interval.lower, lower, absolute: 0.00005))
        #expect(isClose(interval.upper, upper, absolute: 0.00005))
    }

    @Test("all positive and none positive keep the exact ends")
    func exactEnds() {
        #expect(Proportion.wilson(successes: 0, n: 25)?.lower == 0)
        #expect(Proportion.wilson(successes: 25, n: 25)?.upper == 1)
    }

    @Test("undefined when n = 0 or counts are impossible")
    func undefined() {
        #expect(Proportion.wilson(successes: 0, n: 0) == nil)
        #expect(Proportion.wilson(successes: 5, n: 4) == nil)
        #expect(Proportion.wilson(successes: -1, n: 4) == nil)
        #expect(Proportion.wilson(successes: 1, n: 4, confidence: 1) == nil)
    }
}
