/// Working storage for one coding call, reused from segment to segment so that the hot loop
/// allocates nothing once it is warm.
struct MatchScratch: Sendable {
    /// A match of a code's own pattern in the current segment (token indexes in the segment).
    struct Match: Sendable, Comparable {
        var code: Int32
        var first: Int32
        var last: Int32
        var pattern: Int32

        static func < (lhs: Match, rhs: Match) -> Bool {
            (lhs.code, lhs.first, lhs.last, lhs.pattern) < (rhs.code, rhs.first, rhs.last, rhs.pattern)
        }
    }

    /// An occurrence of one operand of a NEAR rule in the current segment.
    struct NearOccurrence: Sendable, Comparable {
        var rule: Int32
        var isSecond: Bool
        var first: Int32
        var last: Int32

        static func < (lhs: NearOccurrence, rhs: NearOccurrence) -> Bool {
            (lhs.rule, lhs.isSecond ? 1 : 0, lhs.first) < (rhs.rule, rhs.isSecond ? 1 : 0, rhs.first)
        }
    }

    var tokens = TokenBuilder()
    var normalization = NormalizationCache()
    var stems = StemCache()
    /// Terms matched by the current token.
    var hits = ScratchList()
    /// Phrase-trie nodes reached by the tokens just read, and the next set being built.
    var active = ScratchList()
    var next = ScratchList()
    var matches: [Match] = []
    /// Codes whose exclusions matched in the current segment.
    var excluded: Set<Int32> = []
    var nearOccurrences: [NearOccurrence] = []

    /// Readies the storage for the next segment.
    mutating func startSegment() {
        tokens.buffer.removeAll()
        active.removeAll()
        matches.removeAll(keepingCapacity: true)
        excluded.removeAll(keepingCapacity: true)
        nearOccurrences.removeAll(keepingCapacity: true)
    }
}
