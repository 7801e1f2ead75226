/// The descriptive statistics of one sample of scores: count, mean, sample standard deviation,
/// median, quartiles, minimum and maximum, and the t interval of the mean.
///
/// Every statistic that is undefined for the sample is `nil`: all of them for n = 0, the
/// standard deviation and the interval also for n = 1. Values are expected to be finite (the
/// caller drops missing and invalid answers first; `n` is the count of valid answers).
public struct Summary: Sendable, Hashable {
    /// n, the number of values.
    public let count: Int
    /// The arithmetic mean x̄ = Σxᵢ / n; `nil` when n = 0.
    public let mean: Double?
    /// The sample standard deviation s = √(Σ(xᵢ − x̄)² / (n − 1)), computed in two passes;
    /// `nil` when n < 2. It is 0 when all values are equal.
    public let standardDeviation: Double?
    /// The median, the 0.5 quantile (the mean of the two middle values when n is even).
    public let median: Double?
    /// The first quartile, the 0.25 quantile by Hyndman–Fan type 7 (see `quantile(ofSorted:_:)`).
    public let lowerQuartile: Double?
    /// The third quartile, the 0.75 quantile by Hyndman–Fan type 7.
    public let upperQuartile: Double?
    /// The smallest value.
    public let minimum: Double?
    /// The largest value.
    public let maximum: Double?

    /// Summarises `values`, in O(n log d) for d distinct values.
    public init(_ values: [Double]) {
        self.init(ScoreCounts(values))
    }

    /// Summarises a sample given as counts of each value: the same figures, bit for bit, as the
    /// sample itself gives (sums run over the values in ascending order, one score at a time,
    /// as over the sorted sample). O(n) additions, O(d) memory.
    public init(_ scores: ScoreCounts) {
        count = scores.total
        minimum = scores.values.first
        maximum = scores.values.last
        median = Summary.quantile(of: scores, 0.5)
        lowerQuartile = Summary.quantile(of: scores, 0.25)
        upperQuartile = Summary.quantile(of: scores, 0.75)
        guard count > 0 else {
            mean = nil
            standardDeviation = nil
            return
        }
        let n = Double(count)
        let average = scores.sumInOrder { $0 } / n
        mean = average
        if count < 2 {
            standardDeviation = nil
        } else {
            let squares = scores.sumInOrder { ($0 - average) * ($0 - average) }
            standardDeviation = (squares / (n - 1)).squareRoot()
        }
    }

    /// The interquartile range Q₃ − Q₁ (type 7 quartiles); `nil` when n = 0.
    public var interquartileRange: Double? {
        guard let lowerQuartile, let upperQuartile else { return nil }
        return upperQuartile - lowerQuartile
    }

    /// The standard error of the mean s/√n; `nil` when n < 2.
    public var standardErrorOfMean: Double? {
        guard let standardDeviation else { return nil }
        return standardDeviation / Double(count).squareRoot()
    }

    /// The t confidence interval of the mean, x̄ ± t₁₋α/₂,ₙ₋₁ · s/√n (results.json `mean_ci95`
    /// at the default 0.95). `nil` when n < 2 or the level is not strictly between 0 and 1;
    /// when all values are equal it is the single point [x̄, x̄].
    ///
    /// Reference: Student (1908), "The probable error of a mean", Biometrika 6(1), 1–25.
    public func meanConfidenceInterval(confidence: Double = 0.95) -> ConfidenceInterval? {
        guard let mean, let standardError = standardErrorOfMean,
              let t = StudentT.criticalValue(confidence: confidence, degreesOfFreedom: Double(count - 1))
        else { return nil }
        return ConfidenceInterval(lower: mean - t * standardError, upper: mean + t * standardError, confidence: confidence)
    }

    /// The p quantile of values sorted ascending, by Hyndman & Fan's definition 7 (the default of
    /// R's `quantile` and numpy's `percentile`): with h = (n − 1)·p,
    /// Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), indices from 0. `nil` when the sample is
    /// empty or p is outside [0, 1].
    ///
    /// Reference: R. J. Hyndman & Y. Fan (1996), "Sample quantiles in statistical packages",
    /// The American Statistician 50(4), 361–365.
    public static func quantile(ofSorted sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty, p >= 0, p <= 1 else { return nil }
        let h = Double(sorted.count - 1) * p
        let below = Int(h.rounded(.down))
        let fraction = h - Double(below)
        guard below + 1 < sorted.count, fraction > 0 else { return sorted[below] }
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below])
    }

    /// The p quantile (type 7, as `quantile(ofSorted:_:)`) of a sample given as counts. O(d).
    public static func quantile(of scores: ScoreCounts, _ p: Double) -> Double? {
        guard scores.total > 0, p >= 0, p <= 1 else { return nil }
        let h = Double(scores.total - 1) * p
        let below = Int(h.rounded(.down))
        let fraction = h - Double(below)
        let low = scores.value(atRank: below)
        guard below + 1 < scores.total, fraction > 0 else { return low }
        return low + fraction * (scores.value(atRank: below + 1) - low)
    }
}
