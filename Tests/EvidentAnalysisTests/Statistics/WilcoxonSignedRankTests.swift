import Testing
@testable import EvidentAnalysis

@Suite("Wilcoxon signed-rank")
struct WilcoxonSignedRankTests {
    /// 80 differences −3…7 with heavy ties and zeros, from a formula; reference_values.py builds the same list.
    static let large = (0..<80).map { Double(($0 * 7) % 11 - 3) }

    // scipy 1.17.1, zero_method="wilcox" (the default):
    //   no ties:   stats.wilcoxon(d, method="exact")                              -> (statistic, p)
    //   ties:      stats.wilcoxon(d, method=stats.PermutationMethod(n_resamples=np.inf)), exhaustive
    // The n = 17 case was also checked by enumerating all 2^17 sign assignments in numpy (0.0193634033203125).
    @Test("exact p-values match scipy, with and without ties and zeros", arguments: [
        ([1.5, -0.3, 2.2, 0.7, 3.1, -1.1, 0.4, 2.9, 1.8, -0.6], 10, 46.0, 9.0, 0.064453125),
        ([2, 1, 0, -1, 3, 2, 0, 1, 1, -2, 4, 2], 10, 46.0, 9.0, 0.0703125),
        ([1, 2, 0, -1, 1, 3, 2, -1, 1, 0, 2, 1, -2, 1, 2, 3, 0, 1, -1, 2], 17, 125.5, 27.5, 0.0193634033203125),
        ([1, 2, 3, 4, 5, 6], 6, 21.0, 0.0, 0.03125),
    ] as [([Double], Int, Double, Double, Double)])
    func exact(differences: [Double], n: Int, wPlus: Double, statistic: Double, p: Double) {
        let test = WilcoxonSignedRank.test(differences)
        #expect(test.method == .exact)
        #expect(test.n == n)
        #expect(test.zeros == differences.count - n)
        #expect(test.wPlus == wPlus)
        #expect(test.statistic == statistic)
        #expect(isClose(test.pValue, p, relative: 1e-12))
    }

    // scipy 1.17.1: stats.wilcoxon(d, method="asymptotic", correction=False) -> statistic, p, zstatistic (−|z|)
    @Test("above 50 pairs: the normal approximation with tie correction, as scipy's asymptotic method")
    func normal() {
        let test = WilcoxonSignedRank.test(Self.large)
        #expect(test.method == .normal)
        #expect(test.statistic == Self.scipyLarge.statistic)
        #expect(isClose(test.pValue, Self.scipyLarge.p, relative: 1e-12))
        #expect(isClose(test.z.map(abs), abs(Self.scipyLarge.z), relative: 1e-12))
        #expect((test.z ?? 0) > 0)
    }

    static let scipyLarge = (statistic: 491.0, p: 3.583955049996703e-06, z: -4.634156667276971)

    @Test("no pairs, or no change at all, has no test and says why")
    func undefined() {
        #expect(WilcoxonSignedRank.test([]).undefinedReason == "there are no pairs")
        let still = WilcoxonSignedRank.test([0, 0, 0])
        #expect(still.undefinedReason == "every difference is zero")
        #expect(still.pValue == nil)
        #expect(still.zeros == 3)
    }
}
