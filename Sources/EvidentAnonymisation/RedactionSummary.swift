/// How much personal data was replaced, by kind, over one text or many: the report's
/// redaction summary. Summaries merge by adding, so the appendix can total every quote and
/// story it shows.
public struct RedactionSummary: Sendable, Hashable {
    private var counts = [Int](repeating: 0, count: RedactionKind.allCases.count)
    /// Texts looked at.
    public private(set) var texts = 0
    /// Texts in which at least one replacement was made.
    public private(set) var textsChanged = 0

    /// An empty summary: nothing looked at, nothing replaced.
    public init() {}

    /// The summary of one text with these replacements.
    init(counts: [RedactionKind: Int]) {
        for (kind, count) in counts { self.counts[kind.index] += count }
        texts = 1
        textsChanged = total > 0 ? 1 : 0
    }

    /// Replacements of `kind`.
    public subscript(kind: RedactionKind) -> Int {
        counts[kind.index]
    }

    /// Replacements of every kind together.
    public var total: Int {
        counts.reduce(0, +)
    }

    /// Every kind with its count, in the order of ``RedactionKind/allCases`` (zeros included,
    /// so a table of the summary always has the same rows).
    public var entries: [(kind: RedactionKind, count: Int)] {
        RedactionKind.allCases.map { ($0, counts[$0.index]) }
    }

    /// Adds `other`'s counts to this summary.
    public mutating func merge(_ other: RedactionSummary) {
        for index in counts.indices { counts[index] += other.counts[index] }
        texts += other.texts
        textsChanged += other.textsChanged
    }

    /// This summary and `other` added together.
    public func merging(_ other: RedactionSummary) -> RedactionSummary {
        var merged = self
        merged.merge(other)
        return merged
    }

    /// The two summaries added together.
    public static func + (lhs: RedactionSummary, rhs: RedactionSummary) -> RedactionSummary {
        lhs.merging(rhs)
    }
}
