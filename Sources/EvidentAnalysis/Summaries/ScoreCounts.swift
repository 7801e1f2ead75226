/// The valid scores of an item (or of a composite) as counts of each distinct value: the
/// mergeable summary every figure of a bounded scale is computed from, exactly.
///
/// A scale holds few distinct values (101 on 0–100, ten on 1–10, k levels), so a national data
/// set's scores take a few hundred bytes however many respondents answered, two tallies merge
/// by adding counts, and the order scores arrived in does not matter. Everything `Summary`,
/// `MannWhitney` and `TTest` compute from a sorted sample they compute from these counts with
/// the same floating-point operations in the same order (the sample in ascending order is the
/// values, each repeated its count), so the figures are bit for bit those of the scores
/// themselves (−0 is counted as 0). Scores written with decimals (72.5 on 0–100) are values too: the tally then grows
/// with the distinct values written, never with the respondents.
public struct ScoreCounts: Sendable, Hashable {
    /// The distinct scores, ascending.
    public private(set) var values: [Double] = []
    /// How many times each of `values` was scored, aligned with it; every count is positive.
    public private(set) var counts: [Int] = []
    /// n, the number of scores.
    public private(set) var total = 0

    /// No scores.
    public init() {}

    /// The counts of `scores`, in any order.
    public init(_ scores: [Double]) {
        for score in scores { add(score) }
    }

    public var isEmpty: Bool { total == 0 }

    /// Counts `score` `times` more times. O(log d) for a value already seen, O(d) for a new one
    /// (d distinct values).
    public mutating func add(_ score: Double, times: Int = 1) {
        guard times > 0 else { return }
        let score = score + 0.0  // −0 counts as 0
        total += times
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < score { low = middle + 1 } else { high = middle }
        }
        if low < values.count, values[low] == score {
            counts[low] += times
        } else {
            values.insert(score, at: low)
            counts.insert(times, at: low)
        }
    }

    /// Adds another tally's counts: the tally of both samples together.
    public mutating func merge(_ other: ScoreCounts) {
        if isEmpty {
            self = other
            return
        }
        for (value, count) in zip(other.values, other.counts) { add(value, times: count) }
    }

    /// The scores for which `predicate` holds, counted: O(d) calls of `predicate`.
    public func count(where predicate: (Double) -> Bool) -> Int {
        var matched = 0
        for (value, count) in zip(values, counts) where predicate(value) { matched += count }
        return matched
    }

    /// The score at `rank` (0-based) of the sample sorted ascending.
    func value(atRank rank: Int) -> Double {
        var seen = 0
        for (value, count) in zip(values, counts) {
            seen += count
            if rank < seen { return value }
        }
        return values[values.count - 1]
    }

    /// Σ f(x) over every score, added in ascending order one score at a time, as a loop over the
    /// sorted sample adds them (so the rounding is the same).
    func sumInOrder(_ term: (Double) -> Double) -> Double {
        var sum = 0.0
        for (value, count) in zip(values, counts) {
            let each = term(value)
            for _ in 0..<count { sum += each }
        }
        return sum
    }

    /// The sample itself, ascending: for tests and small samples only (O(n) memory).
    public var sorted: [Double] {
        var scores: [Double] = []
        scores.reserveCapacity(total)
        for (value, count) in zip(values, counts) { scores += repeatElement(value, count: count) }
        return scores
    }
}
