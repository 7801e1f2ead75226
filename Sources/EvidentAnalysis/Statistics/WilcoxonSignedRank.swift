/// The Wilcoxon signed-rank test of paired differences (latest − first), two-sided, zeros
/// discarded (Wilcoxon's own rule, scipy's `zero_method="wilcox"`).
///
/// The non-zero differences are ranked by absolute value (ties get the mean of their ranks) and
/// W⁺ is the sum of the ranks of the positive ones. With n non-zero differences:
///
/// - **exact** when n ≤ `exactLimit` (50, as scipy): the null distribution of W⁺ is that of
///   every one of the 2ⁿ sign assignments to the ranks as they are, ties included (the exact
///   conditional distribution), counted by dynamic programming over doubled ranks in
///   O(n · n(n+1)) steps; p = min(1, 2·min(P(W⁺ ≤ w), P(W⁺ ≥ w))). Without ties this is scipy's
///   `wilcoxon(d, method="exact")`; with ties, scipy's exhaustive permutation
///   `method=PermutationMethod(n_resamples=np.inf)`.
/// - **normal approximation** above that, with the tie correction and no continuity
///   correction: μ = n(n+1)/4, σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48, z = (W⁺ − μ)/σ,
///   p = 2(1 − Φ(|z|)) — scipy's `wilcoxon(d, method="asymptotic", correction=False)` (whose z
///   is −|z|).
///
/// References: F. Wilcoxon (1945), "Individual comparisons by ranking methods", Biometrics
/// Bulletin 1(6), 80–83; E. L. Lehmann (1975), "Nonparametrics", §3.2 (ties and the
/// conditional distribution).
public struct WilcoxonSignedRank: Sendable, Equatable {
    public enum Method: String, Sendable, Hashable {
        case exact
        case normal
    }

    public static let exactLimit = 50

    /// Non-zero differences: the test's n.
    public let n: Int
    /// Zero differences, discarded.
    public let zeros: Int
    /// W⁺, the sum of the ranks of positive differences; `nil` when n = 0.
    public let wPlus: Double?
    /// min(W⁺, W⁻): the statistic scipy reports for a two-sided test.
    public let statistic: Double?
    /// z = (W⁺ − μ)/σ, positive when increases dominate; the normal method only.
    public let z: Double?
    public let pValue: Double?
    public let method: Method?
    public let undefinedReason: String?

    public static func test(_ differences: [Double]) -> WilcoxonSignedRank {
        let nonZero = differences.filter { $0 != 0 }
        let zeros = differences.count - nonZero.count
        let n = nonZero.count
        guard n > 0 else {
            return WilcoxonSignedRank(
                n: 0, zeros: zeros, wPlus: nil, statistic: nil, z: nil, pValue: nil, method: nil,
                undefinedReason: differences.isEmpty ? "there are no pairs" : "every difference is zero"
            )
        }
        // Doubled mid-ranks are whole numbers: positions start..<end share (start + 1 + end) / 2.
        let sorted = nonZero.sorted { abs($0) < abs($1) }
        var doubledRanks: [Int] = []
        doubledRanks.reserveCapacity(n)
        var tieSum = 0.0
        var doubledWPlus = 0
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, abs(sorted[end]) == abs(sorted[start]) { end += 1 }
            let doubled = start + 1 + end
            for index in start..<end {
                doubledRanks.append(doubled)
                if sorted[index] > 0 { doubledWPlus += doubled }
            }
            let size = Double(end - start)
            tieSum += size * size * size - size
            start = end
        }
        let wPlus = Double(doubledWPlus) / 2
        let total = Double(n * (n + 1)) / 2
        let statistic = min(wPlus, total - wPlus)
        if n <= exactLimit {
            let p = exactP(doubledRanks: doubledRanks, doubledWPlus: doubledWPlus)
            return WilcoxonSignedRank(
                n: n, zeros: zeros, wPlus: wPlus, statistic: statistic, z: nil, pValue: p, method: .exact, undefinedReason: nil
            )
        }
        let count = Double(n)
        let variance = count * (count + 1) * (2 * count + 1) / 24 - tieSum / 48
        let z = (wPlus - total / 2) / variance.squareRoot()
        return WilcoxonSignedRank(
            n: n, zeros: zeros, wPlus: wPlus, statistic: statistic, z: z, pValue: Normal.twoSidedP(z: z), method: .normal,
            undefinedReason: nil
        )
    }

    /// Two-sided p of the exact conditional distribution: counts of sign assignments by doubled
    /// W⁺, built rank by rank. Counts reach at most 2⁵⁰, exact in a Double.
    static func exactP(doubledRanks: [Int], doubledWPlus: Int) -> Double {
        let maximum = doubledRanks.reduce(0, +)
        var counts = [Double](repeating: 0, count: maximum + 1)
        counts[0] = 1
        var reach = 0
        for rank in doubledRanks {
            for sum in stride(from: reach, through: 0, by: -1) where counts[sum] != 0 {
                counts[sum + rank] += counts[sum]
            }
            reach += rank
        }
        let all = counts.reduce(0, +)
        let lower = counts[0...doubledWPlus].reduce(0, +) / all
        let upper = counts[doubledWPlus...].reduce(0, +) / all
        return min(1, 2 * min(lower, upper))
    }
}
