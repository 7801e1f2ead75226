/// The parts of a text chosen for replacement. Scanners run in priority order (emails first,
/// names last) and a later scanner can only claim scalars no earlier one has, so an email that
/// contains a name is replaced once, as an email.
struct RedactionSpans: Sendable {
    /// One part to replace.
    struct Span: Sendable, Hashable {
        /// Scalar offsets of the part.
        let range: Range<Int>
        /// What it is.
        let kind: RedactionKind
    }

    private var claimed: [Bool]
    /// The parts claimed so far, in the order claimed.
    private(set) var spans: [Span] = []

    /// No part claimed, in a text of `count` scalars.
    init(count: Int) {
        claimed = [Bool](repeating: false, count: count)
    }

    /// Whether no scalar in `range` is claimed. O(length of `range`).
    func isFree(_ range: Range<Int>) -> Bool {
        range.allSatisfy { !claimed[$0] }
    }

    /// Whether the scalar at `index` is claimed.
    func isClaimed(_ index: Int) -> Bool {
        index >= 0 && index < claimed.count && claimed[index]
    }

    /// Claims `range` as `kind` when it is free; returns whether it was.
    @discardableResult
    mutating func claim(_ range: Range<Int>, as kind: RedactionKind) -> Bool {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= claimed.count, isFree(range) else { return false }
        for index in range { claimed[index] = true }
        spans.append(Span(range: range, kind: kind))
        return true
    }
}
