import Testing
@testable import EvidentAnalysis

@Suite("Log gamma and log beta")
struct GammaTests {
    // scipy 1.17.1: special.gammaln(x)
    @Test("ln Γ matches scipy", arguments: [
        (0.5, 0.5723649429247), (1.0, 0.0), (1.5, -0.12078223763524526), (3.7, 1.428072326665388),
        (10.0, 12.801827480081469), (25.3, 55.746181183584596), (1e4, 82099.71749644238),
        (1e6, 12815504.569147611),
    ])
    func logGamma(x: Double, expected: Double) {
        #expect(isClose(Gamma.logGamma(x), expected, relative: 1e-14, absolute: 1e-14))
    }

    // scipy 1.17.1: special.betaln(a, b), except (5e5, 0.5): there scipy gives -5.988816495984793,
    // off by 2e-10 from the cancellation this code avoids; the value is mpmath 1.3.0
    // (50 digits): mp.log(mp.beta(500000, 0.5)) -> -5.98881649577746431...
    @Test("ln B matches scipy and mpmath", arguments: [
        (0.5, 0.5, 1.1447298858494), (2.0, 3.0, -2.4849066497880004), (10.0, 0.5, -0.566432796397594),
        (50.0, 60.0, -76.52272335335051), (5e5, 0.5, -5.988816495777464),
        (3e4, 2e4, -33654.360737616254),
    ])
    func logBeta(a: Double, b: Double, expected: Double) {
        #expect(isClose(Gamma.logBeta(a, b), expected, relative: 1e-13))
        #expect(isClose(Gamma.logBeta(b, a), expected, relative: 1e-13))
    }
}
