import EvidentModel

/// Small-cell suppression for published tables.
///
/// Primary: a cell counting 1 … `threshold − 1` respondents is shown as "<threshold" (zero is
/// shown: an empty cell identifies nobody). Secondary: a row whose total is published and that
/// has exactly one primary-suppressed cell would let a reader recover it by subtraction, so the
/// smallest other non-zero cell in that row is suppressed too.
public struct Suppression: Sendable, Hashable {
    public var threshold: Int

    public init(threshold: Int) {
        self.threshold = threshold
    }

    /// Whether a count is suppressed on its own.
    public func isPrimary(_ count: Int) -> Bool {
        count > 0 && count < threshold
    }

    /// Which cells of a row to suppress, primary and secondary, given the row's counts and any
    /// cells already hidden for another reason (`alsoHidden`, same length, or empty). O(cells).
    public func suppressed(_ counts: [Int], alsoHidden: [Bool] = []) -> [Bool] {
        var hidden = counts.indices.map { isPrimary(counts[$0]) || (alsoHidden.indices.contains($0) && alsoHidden[$0]) }
        if hidden.filter({ $0 }).count == 1 {
            let candidate = counts.indices.filter { !hidden[$0] && counts[$0] > 0 }.min { (counts[$0], $0) < (counts[$1], $1) }
            if let candidate { hidden[candidate] = true }
        }
        return hidden
    }

    /// How a suppressed count is shown: "<5".
    public var label: String { "<\(threshold)" }
}
