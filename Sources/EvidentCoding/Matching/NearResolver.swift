/// Pairs the occurrences of two NEAR operands in a segment (codebook spec §3.3–3.4).
enum NearResolver {
    /// The spans of the qualifying pairs: one operand occurrence, then an occurrence of the other
    /// after it, not overlapping, with at most `distance` tokens strictly between them, and the
    /// leading occurrence not negated.
    ///
    /// Every occurrence that takes part in some qualifying pair is reported once with its nearest
    /// partner (a leader with its nearest follower, a follower with its nearest free leader), so
    /// the result is linear in the occurrences rather than in the pairs. Occurrences of each operand
    /// are sorted by first token and, an operand being a fixed-length phrase, by last token too.
    ///
    /// O((a + b) log(a + b)).
    static func pairs(
        _ first: [(first: Int32, last: Int32)], _ second: [(first: Int32, last: Int32)], distance: Int,
        isNegated: (Int32) -> Bool
    ) -> [(first: Int32, last: Int32)] {
        var result: [(first: Int32, last: Int32)] = []
        lead(first, second, distance: distance, isNegated: isNegated, into: &result)
        lead(second, first, distance: distance, isNegated: isNegated, into: &result)
        result.sort { ($0.first, $0.last) < ($1.first, $1.last) }
        var unique: [(first: Int32, last: Int32)] = []
        for pair in result where unique.last.map({ $0 != pair }) ?? true { unique.append(pair) }
        return unique
    }

    /// Pairs in which an occurrence of `leaders` comes first.
    private static func lead(
        _ leaders: [(first: Int32, last: Int32)], _ followers: [(first: Int32, last: Int32)], distance: Int,
        isNegated: (Int32) -> Bool, into result: inout [(first: Int32, last: Int32)]
    ) {
        let free = leaders.filter { !isNegated($0.first) }
        guard !free.isEmpty else { return }
        let isClose = { (leader: (first: Int32, last: Int32), follower: (first: Int32, last: Int32)) in
            Int(follower.first) - Int(leader.last) - 1 <= distance
        }
        for leader in free {
            let index = partition(followers) { $0.first > leader.last }
            if index < followers.count, isClose(leader, followers[index]) {
                result.append((leader.first, followers[index].last))
            }
        }
        for follower in followers {
            let index = partition(free) { $0.last >= follower.first } - 1
            if index >= 0, isClose(free[index], follower) {
                result.append((free[index].first, follower.last))
            }
        }
    }

    /// The first index of a sorted array at which `isAfter` holds (it holds from there on). O(log n).
    private static func partition(
        _ items: [(first: Int32, last: Int32)], _ isAfter: ((first: Int32, last: Int32)) -> Bool
    ) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(items[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
