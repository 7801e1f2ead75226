/// Whole-number percentages of a row of counts that add up to exactly 100, by the largest
/// remainder (Hamilton) method: every share is rounded down, then the points still missing go
/// to the shares with the largest remainders, ties to the earlier category.
///
/// Each printed value differs from the exact share by less than one point, and a reader adding
/// up a row of a diverging bar chart gets 100. Exact integer arithmetic, so the result does not
/// depend on floating-point rounding.
enum RoundedPercentages {
    /// The percentages of `counts` (negative counts read as 0); all zeros when the total is 0.
    /// O(k log k) for k categories.
    static func of(_ counts: [Int]) -> [Int] {
        let counts = counts.map { max($0, 0) }
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in 0 } }
        var shares = counts.map { $0 * 100 / total }
        let remainders = counts.map { $0 * 100 % total }
        let missing = 100 - shares.reduce(0, +)
        let order = remainders.indices.sorted { lhs, rhs in
            remainders[lhs] != remainders[rhs] ? remainders[lhs] > remainders[rhs] : lhs < rhs
        }
        for index in order.prefix(missing) { shares[index] += 1 }
        return shares
    }
}
