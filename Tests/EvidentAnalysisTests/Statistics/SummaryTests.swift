import Testing
@testable import EvidentAnalysis

@Suite("Summary")
struct SummaryTests {
    struct Expected: Sendable {
        let values: [Double]
        let mean, sd, median, q1, q3, min, max, ciLower, ciUpper: Double
    }

    // numpy 2.4.6 / scipy 1.17.1 (reference_values.py "SummaryTests"): np.mean, np.std(ddof=1),
    // np.percentile(a, [25, 50, 75]) (linear = Hyndman–Fan type 7),
    // stats.t.interval(0.95, n - 1, loc=mean, scale=stats.sem(a)).
    static let samples: [Expected] = [
        Expected(
            values: [71, 85, 60, 90, 45, 75, 80, 100, 55, 70],
            mean: 73.1, sd: 16.68299200450034, median: 73.0, q1: 62.5, q3: 83.75, min: 45, max: 100,
            ciLower: 61.165706457327296, ciUpper: 85.0342935426727),
        Expected(
            values: [3.2, 1.5, 4.8, 2.2, 5.0, 3.3, 2.9],
            mean: 3.2714285714285714, sd: 1.2750350135248387, median: 3.2, q1: 2.55, q3: 4.05, min: 1.5, max: 5.0,
            ciLower: 2.092217860213484, ciUpper: 4.4506392826436585),
        Expected(
            values: [1, 2],
            mean: 1.5, sd: 0.7071067811865476, median: 1.5, q1: 1.25, q3: 1.75, min: 1, max: 2,
            ciLower: -4.853102368087347, ciUpper: 7.853102368087347),
    ]

    @Test("matches numpy and scipy", arguments: samples)
    func matchesReference(_ expected: Expected) throws {
        let summary = Summary(expected.values)
        #expect(summary.count == expected.values.count)
        #expect(isClose(summary.mean, expected.mean))
        #expect(isClose(summary.standardDeviation, expected.sd))
        #expect(isClose(summary.median, expected.median))
        #expect(isClose(summary.lowerQuartile, expected.q1))
        #expect(isClose(summary.upperQuartile, expected.q3))
        #expect(summary.minimum == expected.min)
        #expect(summary.maximum == expected.max)
        let interval = try #require(summary.meanConfidenceInterval())
        #expect(isClose(interval.lower, expected.ciLower))
        #expect(isClose(interval.upper, expected.ciUpper))
        #expect(interval.confidence == 0.95)
    }

    @Test("other confidence levels")
    func ninetyPercent() throws {
        // scipy 1.17.1: stats.t.interval(0.90, 9, loc=73.1, scale=stats.sem(a)) -> (63.42918304927663, 82.77081695072336)
        let summary = Summary([71, 85, 60, 90, 45, 75, 80, 100, 55, 70])
        let interval = try #require(summary.meanConfidenceInterval(confidence: 0.90))
        #expect(isClose(interval.lower, 63.42918304927663))
        #expect(isClose(interval.upper, 82.77081695072336))
        #expect(summary.meanConfidenceInterval(confidence: 1) == nil)
        #expect(summary.meanConfidenceInterval(confidence: 0) == nil)
        #expect(isClose(summary.interquartileRange, 21.25))
    }

    @Test("type 7 quantiles at other probabilities")
    func quantiles() {
        // numpy 2.4.6: np.percentile([3.2, 1.5, 4.8, 2.2, 5.0, 3.3, 2.9], [10, 90]) -> [1.9200000000000002, 4.88]
        let sorted = [3.2, 1.5, 4.8, 2.2, 5.0, 3.3, 2.9].sorted()
        #expect(isClose(Summary.quantile(ofSorted: sorted, 0.1), 1.9200000000000002))
        #expect(isClose(Summary.quantile(ofSorted: sorted, 0.9), 4.88))
        #expect(Summary.quantile(ofSorted: sorted, 0) == 1.5)
        #expect(Summary.quantile(ofSorted: sorted, 1) == 5.0)
        #expect(Summary.quantile(ofSorted: sorted, 1.5) == nil)
        #expect(Summary.quantile(ofSorted: [], 0.5) == nil)
    }

    @Test("n = 0: every statistic undefined")
    func empty() {
        let summary = Summary([])
        #expect(summary.count == 0)
        #expect(summary.mean == nil)
        #expect(summary.standardDeviation == nil)
        #expect(summary.median == nil)
        #expect(summary.lowerQuartile == nil)
        #expect(summary.upperQuartile == nil)
        #expect(summary.minimum == nil)
        #expect(summary.maximum == nil)
        #expect(summary.interquartileRange == nil)
        #expect(summary.meanConfidenceInterval() == nil)
    }

    @Test("n = 1: location defined, spread and interval undefined")
    func single() {
        let summary = Summary([42])
        #expect(summary.count == 1)
        #expect(summary.mean == 42)
        #expect(summary.median == 42)
        #expect(summary.lowerQuartile == 42)
        #expect(summary.upperQuartile == 42)
        #expect(summary.standardDeviation == nil)
        #expect(summary.standardErrorOfMean == nil)
        #expect(summary.meanConfidenceInterval() == nil)
    }

    @Test("all answers equal: sd 0 and a one-point interval")
    func allEqual() {
        // numpy 2.4.6: np.std([7, 7, 7, 7], ddof=1) -> 0.0
        let summary = Summary([7, 7, 7, 7])
        #expect(summary.mean == 7)
        #expect(summary.standardDeviation == 0)
        #expect(summary.median == 7)
        #expect(summary.meanConfidenceInterval() == ConfidenceInterval(lower: 7, upper: 7, confidence: 0.95))
    }
}
