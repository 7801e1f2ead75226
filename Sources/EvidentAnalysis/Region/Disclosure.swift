/// The disclosure rule of a council summary: a published count of people is 0 or at least the
/// threshold, and so is what it leaves of its base (base − count), since the base is published
/// too. A figure whose count breaks the rule is withheld; a group of counts that add up to a
/// published total loses one more count when only one was withheld (`Suppression`'s secondary
/// rule), so no withheld count can be recovered by subtraction.
public struct Disclosure: Sendable, Hashable {
    public var threshold: Int

    public init(threshold: Int) {
        self.threshold = threshold
    }

    /// Whether a base (a number of people over which sums are published) may be published.
    public func allowsBase(_ base: Int) -> Bool {
        base >= max(threshold, 1)
    }

    /// Whether `count` of `base` may be published.
    public func allows(_ count: Int, of base: Int) -> Bool {
        isSafe(count) && isSafe(base - count)
    }

    /// `count` when it may be published, else `nil`.
    public func published(_ count: Int, of base: Int) -> Int? {
        allows(count, of: base) ? count : nil
    }

    /// Counts that add up to a published total, each kept or withheld (`nil`).
    public func published(_ counts: [Int]) -> [Int?] {
        let hidden = Suppression(threshold: threshold).suppressed(counts)
        return zip(counts, hidden).map { $1 ? nil : $0 }
    }

    /// A table of counts, whole when every cell may be published, else `nil`.
    public func publishedTable(_ cells: [[Int]]) -> [[Int]]? {
        cells.allSatisfy { $0.allSatisfy(isSafe) } ? cells : nil
    }

    private func isSafe(_ count: Int) -> Bool {
        count == 0 || count >= threshold
    }
}
