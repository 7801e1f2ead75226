import Testing
@testable import EvidentAnalysis

@Suite("Two proportions")
struct TwoProportionTests {
    // statsmodels 0.15.0: proportions_ztest([x1, x2], [n1, n2]) -> (z, p)
    @Test("pooled z-test matches statsmodels", arguments: [
        (118, 160, 95, 150, 1.9766945546312982, 0.0480761667051091),
        (56, 70, 48, 80, 2.6501719512585336, 0.00804508136819656),
        (0, 10, 5, 10, -2.581988897471611, 0.009823274507519249),
        (3, 40, 9, 35, -2.1465741571734474, 0.031827199132860196),
    ])
    func zTest(x1: Int, n1: Int, x2: Int, n2: Int, z: Double, p: Double) {
        let test = TwoProportion.zTest(successes1: x1, n1: n1, successes2: x2, n2: n2)
        #expect(isClose(test.z, z, relative: 1e-13))
        #expect(isClose(test.pValue, p, relative: 1e-12))
        #expect(isClose(test.difference, Double(x1) / Double(n1) - Double(x2) / Double(n2), relative: 1e-15))
        #expect(test.undefinedReason == nil)
    }

    @Test("z-test undefined when a group is empty or everyone is on one side")
    func zTestUndefined() {
        let empty = TwoProportion.zTest(successes1: 0, n1: 0, successes2: 3, n2: 10)
        #expect(empty.z == nil)
        #expect(empty.pValue == nil)
        #expect(empty.difference == nil)
        #expect(empty.undefinedReason == "a group has no answers (n1 = 0, n2 = 10)")

        let nonePositive = TwoProportion.zTest(successes1: 0, n1: 10, successes2: 0, n2: 20)
        #expect(nonePositive.pValue == nil)
        #expect(nonePositive.difference == 0)
        #expect(nonePositive.undefinedReason != nil)

        let allPositive = TwoProportion.zTest(successes1: 10, n1: 10, successes2: 20, n2: 20)
        #expect(allPositive.pValue == nil)
        #expect(allPositive.pooledProportion == 1)
        #expect(allPositive.undefinedReason != nil)

        #expect(TwoProportion.zTest(successes1: 11, n1: 10, successes2: 2, n2: 20).undefinedReason != nil)
    }

    // statsmodels 0.15.0: confint_proportions_2indep(x1, n1, x2, n2, method="newcomb", compare="diff").
    // The first eight are the examples (a)–(h) of Newcombe (1998b) Table II.
    @Test("Newcombe hybrid score interval matches statsmodels", arguments: [
        (56, 70, 48, 80, 0.05243147240236498, 0.33387265403690614),
        (9, 10, 3, 10, 0.1705227239345029, 0.809017973535488),
        (6, 7, 2, 7, 0.05822792748231209, 0.8062496375242278),
        (5, 56, 0, 29, -0.038137147903536936, 0.19256001385511165),
        (0, 10, 0, 20, -0.1611251580528194, 0.27753279986288926),
        (0, 10, 0, 10, -0.27753279986288926, 0.27753279986288926),
        (10, 10, 0, 20, 0.6790860371419145, 1.0),
        (10, 10, 0, 10, 0.6075093504305241, 1.0),
        (118, 160, 95, 150, 0.0008844839960342882, 0.20504543505417924),
    ])
    func newcombe(x1: Int, n1: Int, x2: Int, n2: Int, lower: Double, upper: Double) throws {
        let interval = try #require(TwoProportion.newcombeInterval(successes1: x1, n1: n1, successes2: x2, n2: n2))
        #expect(isClose(interval.lower, lower, relative: 1e-12, absolute: 1e-15))
        #expect(isClose(interval.upper, upper, relative: 1e-12, absolute: 1e-15))
    }

    // Published worked examples, checked to their printed precision:
    // Newcombe (1998b), "Interval estimation for the difference between independent proportions:
    // comparison of eleven methods", Statistics in Medicine 17, 873–890, example (a), method 10:
    // 56/70 − 48/80 gives 0.0524 to 0.3339.
    // Fagerland, Lydersen & Laake (2015), "Recommended confidence intervals for two independent
    // binomial proportions", Statistical Methods in Medical Research 24(2), 224–254: 7/34 − 1/34,
    // Newcombe hybrid score 0.019 to 0.34 (as quoted in statsmodels' test_proportion.py).
    @Test("Newcombe hybrid score interval matches published examples", arguments: [
        (56, 70, 48, 80, 0.0524, 0.3339, 0.00005),
        (7, 34, 1, 34, 0.019, 0.34, 0.005),
    ])
    func newcombePublished(
        x1: Int, n1: Int, x2: Int, n2: Int, lower: Double, upper: Double, printedPrecision: Double
    ) throws {
        let interval = try #require(TwoProportion.newcombeInterval(successes1: x1, n1: n1, successes2: x2, n2: n2))
        #expect(isClose(interval.lower, lower, absolute: printedPrecision))
        #expect(isClose(interval.upper, upper, absolute: printedPrecision))
    }

    @Test("the difference is first minus second")
    func direction() throws {
        let forward = try #require(TwoProportion.newcombeInterval(successes1: 56, n1: 70, successes2: 48, n2: 80))
        let backward = try #require(TwoProportion.newcombeInterval(successes1: 48, n1: 80, successes2: 56, n2: 70))
        #expect(isClose(backward.lower, -forward.upper, relative: 1e-15))
        #expect(isClose(backward.upper, -forward.lower, relative: 1e-15))
    }

    @Test("interval undefined when a group is empty")
    func newcombeUndefined() {
        #expect(TwoProportion.newcombeInterval(successes1: 0, n1: 0, successes2: 3, n2: 10) == nil)
        #expect(TwoProportion.newcombeInterval(successes1: 1, n1: 5, successes2: 0, n2: 0) == nil)
    }
}
