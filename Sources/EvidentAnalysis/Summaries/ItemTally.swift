public import EvidentModel

/// One scale item's answers in a data set, counted: each valid score, the blanks and the values
/// outside the scale. Everything `ItemResult` holds follows from it; two tallies merge by adding.
public struct ItemTally: Sendable, Hashable {
    public private(set) var scores = ScoreCounts()
    public private(set) var missing = 0
    public private(set) var invalid = 0

    public init() {}

    /// Counts one respondent's value.
    public mutating func add(_ value: ItemValue) {
        switch value {
        case .valid(let score): scores.add(score)
        case .missing: missing += 1
        case .invalid: invalid += 1
        }
    }

    /// Adds another tally of the same item.
    public mutating func merge(_ other: ItemTally) {
        scores.merge(other.scores)
        missing += other.missing
        invalid += other.invalid
    }
}
