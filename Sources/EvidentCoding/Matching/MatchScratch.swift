import EvidentModel

/// Working storage of the matcher, reused from token to token, segment to segment and (through
/// `CodingScratch`) answer to answer, so that coding allocates nothing once it is warm except the
/// coded segments it returns.
struct MatchScratch: ~Copyable, Sendable {
    /// A match of a code's own pattern in the current segment (token indexes in the segment).
    struct Match: Sendable, Comparable, BitwiseCopyable {
        var code: Int32
        var first: Int32
        var last: Int32
        var pattern: Int32

        @inline(__always)
        static func < (lhs: Match, rhs: Match) -> Bool {
            if lhs.code != rhs.code { return lhs.code < rhs.code }
            if lhs.first != rhs.first { return lhs.first < rhs.first }
            if lhs.last != rhs.last { return lhs.last < rhs.last }
            return lhs.pattern < rhs.pattern
        }
    }

    /// An occurrence of one operand of a NEAR rule in the current segment.
    struct NearOccurrence: Sendable, Comparable, BitwiseCopyable {
        var rule: Int32
        var isSecond: Bool
        var first: Int32
        var last: Int32

        @inline(__always)
        static func < (lhs: NearOccurrence, rhs: NearOccurrence) -> Bool {
            if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
            if lhs.isSecond != rhs.isSecond { return rhs.isSecond }
            return lhs.first < rhs.first
        }
    }

    /// One token of the current segment: its scalar offsets in the answer, and whether it negates.
    struct Token: Sendable, BitwiseCopyable {
        var start: Int
        var end: Int
        var isNegator: Bool
    }

    /// The tokens of the current segment.
    var tokens = ScratchList<Token>()
    /// The normalised bytes of the current token as `TermKey` words (zero past the token).
    var keyWords = ScratchList<UInt64>(capacity: 8)
    /// Terms matched by the current token.
    var hits = ScratchList<TermHit>()
    /// Phrase-trie nodes (with children) reached by the tokens just read, and the next set.
    var active = ScratchList<Int32>()
    var next = ScratchList<Int32>()
    var matches = ScratchList<Match>()
    var nearOccurrences = ScratchList<NearOccurrence>()
    /// The leading occurrences of one NEAR operand that are not negated.
    var freeLeaders = ScratchList<NearOccurrence>()
    /// Per code: the segment stamp of the last segment in which one of its exclusions matched.
    var excludedStamp: [UInt32] = []
    /// The current segment's stamp (never 0, so a fresh `excludedStamp` excludes nothing).
    var stamp: UInt32 = 1

    /// The slow path's token builder and caches.
    var builder = TokenBuilder()
    var normalization = NormalizationCache()
    var stems = StemCache()

    /// Which codes apply to the data set being coded: 0 not yet known, 1 applies, 2 does not.
    var applies: [UInt8] = []
    var appliesDataset = ""
    var appliesKind: DatasetKind?

    /// Readies the storage for the next segment.
    @inline(__always)
    mutating func startSegment() {
        tokens.removeAll()
        active.removeAll()
        matches.removeAll()
        nearOccurrences.removeAll()
        if stamp == .max {
            for index in excludedStamp.indices { excludedStamp[index] = 0 }
            stamp = 0
        }
        stamp += 1
    }

    /// Makes room for a token of `length` bytes in `keyWords`, and zeroes the words it takes.
    @inline(__always)
    mutating func clearKey(length: Int) {
        let count = max(1, (length + 7) >> 3)
        keyWords.reserve(count)
        keyWords.base.initialize(repeating: 0, count: count)
    }
}
