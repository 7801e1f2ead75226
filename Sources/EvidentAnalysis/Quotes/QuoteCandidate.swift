import EvidentFormats
public import EvidentModel

/// A coded segment that could be quoted for a code: its text, cut from the answer, what ranks
/// it, and who wrote it — everything choosing and attributing the quote needs, so nothing else of
/// the respondent is kept.
///
/// Candidates are ranked by length first — moderate (40–300 characters) before over-long, then
/// very short — then by how strongly the code's patterns matched (distinct patterns in the
/// segment), then by a stable hash of the segment's identity and code (`StableHash`), so the choice does not
/// simply follow file order. The rank is a total order: no two candidates of a code tie.
public struct QuoteCandidate: Sendable, Hashable {
    /// The code applied to the segment: the quoted code itself or one of its sub-codes.
    public var segment: CodedSegment
    /// The segment's text, trimmed of white space, exactly as written (not yet anonymised).
    public var text: String
    /// Distinct patterns of the segment's code that matched in it.
    public var strength: Int
    /// A stable hash of the segment's identity and code (`StableHash`).
    public var order: UInt64
    /// 0 for 40–300 characters, 1 for longer, 2 for shorter.
    public var band: Int
    /// The respondent: id, line, attributes and personal details (for redacting the quote and
    /// attributing it; never published); no item values, no other answers.
    public var respondent: Respondent

    /// Characters (grapheme clusters) below which a candidate is ranked last.
    public static let minimumLength = 40
    /// Characters above which a candidate is ranked after moderate ones (and cut when quoted).
    public static let maximumLength = 300

    /// The key of `text` for "the same words" (`sameText`), worked out once.
    public let textKey: String

    /// The candidate a segment with this text makes, its rank worked out.
    public init(segment: CodedSegment, text: String, respondent: Respondent) {
        self.init(
            segment: segment, text: text, strength: Set(segment.matches.map(\.pattern)).count,
            order: StableHash.of(segment.codeID, segment.dataset, segment.respondent, segment.question, String(segment.segmentIndex)),
            band: Self.band(ofLength: text.count), respondent: respondent)
    }

    /// A candidate whose rank is already worked out (by `DatasetTally`, before the text is cut).
    public init(segment: CodedSegment, text: String, strength: Int, order: UInt64, band: Int, respondent: Respondent) {
        self.segment = segment
        self.text = text
        self.strength = strength
        self.order = order
        self.band = band
        self.respondent = respondent
        textKey = Self.sameText(text)
    }

    /// The ranking: length band, then stronger matches, then the stable hash; smaller first.
    public var rank: Rank { Rank(band: band, strength: strength, order: order) }

    /// The length band of a text of `length` characters.
    public static func band(ofLength length: Int) -> Int {
        length < minimumLength ? 2 : (length > maximumLength ? 1 : 0)
    }

    /// Two texts that differ only in case, spacing or punctuation say the same thing: a code shows
    /// such a text once. The key they share.
    public static func sameText(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    /// A candidate's place in the ranking.
    public struct Rank: Sendable, Hashable, Comparable {
        public var band: Int
        public var strength: Int
        public var order: UInt64

        public static func < (lhs: Rank, rhs: Rank) -> Bool {
            (lhs.band, -lhs.strength, lhs.order) < (rhs.band, -rhs.strength, rhs.order)
        }
    }
}
