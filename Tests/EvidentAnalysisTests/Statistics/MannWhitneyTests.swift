import Testing
@testable import EvidentAnalysis

@Suite("Mann–Whitney U")
struct MannWhitneyTests {
    /// 200 and 180 scores on 0–10 with heavy ties, from a formula so the test needs no data file;
    /// reference_values.py builds the same lists.
    static let largeFirst = (0..<200).map { Double(($0 * 7 + 3) % 11) }
    static let largeSecond: [Double] = (0..<180).map { (j: Int) -> Double in
        let modulus = j % 3 == 0 ? 9 : 11
        return Double((j * 5 + 1) % modulus)
    }

    // scipy 1.17.1: stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=False) -> (U, p)
    @Test("matches scipy (asymptotic, tie-corrected, no continuity correction)", arguments: [
        ([71, 85, 60, 90, 45, 75, 80, 100, 55, 70], [60, 65, 50, 70, 45, 80, 55, 40], 61.5, 0.055457711545862445),
        ([1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 5], [1, 1, 2, 2, 2, 3, 3, 4, 4, 5], 80.0, 0.17791346788279305),
        ([1.1, 2.2, 3.3], [0.5, 4.4, 5.5, 6.6], 3.0, 0.2888443663464849),
        ([3], [1, 2, 4, 5], 2.0, 1.0),
        ([10, 11, 12, 13, 14], [1, 2, 3, 4], 20.0, 0.014305878435429648),
        (largeFirst, largeSecond, 19241.0, 0.2433537330769392),
    ] as [([Double], [Double], Double, Double)])
    func matchesScipy(first: [Double], second: [Double], u: Double, p: Double) {
        let test = MannWhitney.test(first, second)
        #expect(test.u == u)
        #expect(isClose(test.pValue, p, relative: 1e-12))
        #expect(test.undefinedReason == nil)
        #expect(test.firstCount == first.count)
        #expect(test.secondCount == second.count)
    }

    @Test("swapping the samples keeps p and gives U₂ = n₁n₂ − U₁ and −z")
    func symmetry() throws {
        let forward = MannWhitney.test([1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 5], [1, 1, 2, 2, 2, 3, 3, 4, 4, 5])
        let backward = MannWhitney.test([1, 1, 2, 2, 2, 3, 3, 4, 4, 5], [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 5])
        #expect(backward.u == 40)  // n₁n₂ − U₁ = 120 − 80
        #expect(isClose(backward.pValue, try #require(forward.pValue), relative: 1e-15))
        #expect(isClose(backward.z, -(try #require(forward.z)), relative: 1e-15))
        #expect(try #require(forward.z) > 0)
    }

    @Test("ties everywhere: U defined, p undefined")
    func allTied() {
        // scipy 1.17.1 gives U = 3.0 and p = nan for mannwhitneyu([4, 4, 4], [4, 4], ...).
        let test = MannWhitney.test([4, 4, 4], [4, 4])
        #expect(test.u == 3)
        #expect(test.z == nil)
        #expect(test.pValue == nil)
        #expect(test.undefinedReason == "every value in both samples is equal, so the variance of U is 0")
    }

    @Test("an empty sample is undefined")
    func empty() {
        let test = MannWhitney.test([], [1, 2, 3])
        #expect(test.u == nil)
        #expect(test.pValue == nil)
        #expect(test.undefinedReason == "a sample is empty (n1 = 0, n2 = 3)")
        #expect(MannWhitney.test([1], []).undefinedReason != nil)
        #expect(MannWhitney.test([], []).undefinedReason != nil)
    }
}
