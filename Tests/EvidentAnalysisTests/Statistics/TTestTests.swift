import Testing
@testable import EvidentAnalysis

@Suite("t-tests")
struct TTestTests {
    // scipy 1.17.1: r = stats.ttest_ind(x, y, equal_var=False); r.statistic, r.df, r.pvalue,
    // r.confidence_interval(0.95)
    @Test("Welch matches scipy", arguments: [
        (
            [71, 85, 60, 90, 45, 75, 80, 100, 55, 70], [60, 65, 50, 70, 45, 80, 55, 40],
            2.115715652469288, 15.996866732849435, 0.05040607748846005, -0.029893107529231244, 29.97989310752922
        ),
        (   // an item's scores against composite scores: significantly below
            [3, 2, 4, 2, 3, 1, 2, 3], [3.6, 3.8, 4.0, 3.2, 3.4, 3.9, 4.1, 3.5, 3.7, 3.3],
            -3.3720204634819826, 8.20231908791417, 0.009407391482862326, -1.9330800428076393, -0.3669199571923605
        ),
        (   // one constant sample: still defined
            [5, 5, 5], [1, 2, 3, 4],
            3.872983346207417, 3.0, 0.030466291662170977, 0.4457397432394794, 4.554260256760521
        ),
    ] as [([Double], [Double], Double, Double, Double, Double, Double)])
    func welch(
        first: [Double], second: [Double], t: Double, df: Double, p: Double, lower: Double, upper: Double
    ) throws {
        let test = TTest.welch(first, second)
        #expect(isClose(test.t, t, relative: 1e-12))
        #expect(isClose(test.degreesOfFreedom, df, relative: 1e-12))
        #expect(isClose(test.pValue, p, relative: 1e-11))
        let interval = try #require(test.confidenceInterval())
        #expect(isClose(interval.lower, lower, relative: 1e-10))
        #expect(isClose(interval.upper, upper, relative: 1e-10))
    }

    @Test("one-sample matches scipy")
    func oneSample() throws {
        // scipy 1.17.1: stats.ttest_1samp([71, 85, 60, 90, 45, 75, 80, 100, 55, 70], 65) ->
        // t = 1.5353630236383378, df = 9, p = 0.15906742293162307; confidence_interval(0.95) − 65 ->
        // (-3.834293542672704, 20.0342935426727)
        let test = TTest.oneSample([71, 85, 60, 90, 45, 75, 80, 100, 55, 70], mean: 65)
        #expect(isClose(test.estimate, 8.1, relative: 1e-13))
        #expect(isClose(test.t, 1.5353630236383378, relative: 1e-12))
        #expect(test.degreesOfFreedom == 9)
        #expect(isClose(test.pValue, 0.15906742293162307, relative: 1e-11))
        let interval = try #require(test.confidenceInterval())
        #expect(isClose(interval.lower, -3.834293542672704, relative: 1e-10))
        #expect(isClose(interval.upper, 20.0342935426727, relative: 1e-10))
    }

    @Test("undefined cases give nil with a reason")
    func undefined() {
        let tooSmall = TTest.welch([1], [2, 3, 4])
        #expect(tooSmall.t == nil)
        #expect(tooSmall.pValue == nil)
        #expect(tooSmall.estimate == -2)
        #expect(tooSmall.undefinedReason == "each sample needs at least 2 values (n1 = 1, n2 = 3)")
        #expect(tooSmall.confidenceInterval() == nil)

        let empty = TTest.welch([], [2, 3])
        #expect(empty.estimate == nil)
        #expect(empty.pValue == nil)

        let constant = TTest.welch([4, 4, 4], [4, 4])
        #expect(constant.pValue == nil)
        #expect(constant.undefinedReason == "both samples are constant, so the standard error is 0")

        #expect(TTest.oneSample([5], mean: 3).pValue == nil)
        #expect(TTest.oneSample([], mean: 3).estimate == nil)
        #expect(TTest.oneSample([2, 2, 2], mean: 3).undefinedReason == "all values are equal, so the standard error is 0")
    }
}
