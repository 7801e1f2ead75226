/// The Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples, two-sided,
/// by the normal approximation with tie correction and **no** continuity correction.
///
/// With the samples pooled and ranked (tied values get the mean of their ranks), R₁ the sum of
/// the first sample's ranks, N = n₁ + n₂ and tⱼ the sizes of the groups of tied values:
///
///     U₁ = R₁ − n₁(n₁ + 1)/2
///     σ² = n₁n₂/12 · ((N + 1) − Σ(tⱼ³ − tⱼ) / (N(N − 1)))
///     z  = (U₁ − n₁n₂/2) / σ,   p = 2·(1 − Φ(|z|))
///
/// This equals scipy `mannwhitneyu(x, y, method="asymptotic", use_continuity=False)`: its
/// statistic is U₁ (the first sample's U) and its p-value is this p. Computed in O(N log N).
///
/// References: H. B. Mann & D. R. Whitney (1947), "On a test of whether one of two random
/// variables is stochastically larger than the other", Annals of Mathematical Statistics 18,
/// 50–60; tie correction as in E. L. Lehmann (1975), "Nonparametrics", §1.4.
public struct MannWhitney: Sendable, Equatable {
    /// n₁, the size of the first sample.
    public let firstCount: Int
    /// n₂, the size of the second sample.
    public let secondCount: Int
    /// U₁, the number of (first, second) pairs where the first value is larger, ties counting ½;
    /// `nil` when a sample is empty. U₂ = n₁n₂ − U₁.
    public let u: Double?
    /// z = (U₁ − n₁n₂/2)/σ: positive when the first sample tends to be larger; `nil` when undefined.
    public let z: Double?
    /// Two-sided p-value; `nil` when undefined.
    public let pValue: Double?
    /// Why `z` and `pValue` (and perhaps `u`) are `nil`; `nil` when they are defined.
    public let undefinedReason: String?

    /// Tests whether values in `first` tend to be larger or smaller than values in `second`.
    /// Undefined when a sample is empty (no U), or when every value in both samples is equal
    /// (U₁ = n₁n₂/2 but σ = 0, so no p-value). Values are expected to be finite.
    public static func test(_ first: [Double], _ second: [Double]) -> MannWhitney {
        test(ScoreCounts(first), ScoreCounts(second))
    }

    /// The test of two samples given as counts of each value: the same statistic and p-value,
    /// bit for bit, as the samples themselves give. Each distinct value is one run of tied values,
    /// so the pooled ranking is a walk over both tallies' values in ascending order. O(d).
    public static func test(_ first: ScoreCounts, _ second: ScoreCounts) -> MannWhitney {
        let n1 = first.total
        let n2 = second.total
        guard n1 > 0, n2 > 0 else {
            return MannWhitney(
                firstCount: n1, secondCount: n2, u: nil, z: nil, pValue: nil,
                undefinedReason: "a sample is empty (n1 = \(n1), n2 = \(n2))")
        }
        var firstRankSum = 0.0
        var tieSum = 0.0
        var position = 0
        var i = 0
        var j = 0
        while i < first.values.count || j < second.values.count {
            let takeFirst = j >= second.values.count || (i < first.values.count && first.values[i] <= second.values[j])
            let value = takeFirst ? first.values[i] : second.values[j]
            var firstInRun = 0
            var secondInRun = 0
            if i < first.values.count, first.values[i] == value {
                firstInRun = first.counts[i]
                i += 1
            }
            if j < second.values.count, second.values[j] == value {
                secondInRun = second.counts[j]
                j += 1
            }
            // Positions start..<end hold ranks start+1 ... end; their mean is (start + 1 + end)/2.
            let start = position
            let end = position + firstInRun + secondInRun
            let midrank = Double(start + 1 + end) / 2
            firstRankSum += midrank * Double(firstInRun)
            let size = Double(end - start)
            tieSum += size * size * size - size
            position = end
        }
        let count1 = Double(n1)
        let count2 = Double(n2)
        let u = firstRankSum - count1 * (count1 + 1) / 2
        let lowest = min(first.values[0], second.values[0])
        let highest = max(first.values[first.values.count - 1], second.values[second.values.count - 1])
        guard lowest != highest else {
            return MannWhitney(
                firstCount: n1, secondCount: n2, u: u, z: nil, pValue: nil,
                undefinedReason: "every value in both samples is equal, so the variance of U is 0")
        }
        let size = Double(position)
        let variance = count1 * count2 / 12 * ((size + 1) - tieSum / (size * (size - 1)))
        let z = (u - count1 * count2 / 2) / variance.squareRoot()
        return MannWhitney(
            firstCount: n1, secondCount: n2, u: u, z: z, pValue: Normal.twoSidedP(z: z), undefinedReason: nil)
    }
}
