import EvidentFormats
public import EvidentModel

/// A coded segment that could be quoted for a code: its text, cut from the answer, what ranks
/// it, and who wrote it — everything choosing and attributing the quote needs, so nothing else of
/// the respondent is kept.
///
/// Only segments that fit (`QuoteFit`: a pattern matched inside the segment, under the code it
/// fits best and that code's ancestors), from respondents whose consent allows publication and
/// not excluded by the manifest, become candidates. They are ranked pinned first (the manifest's
/// `quotes: pin:`), then by length — moderate (40–300 characters) before over-long, then very
/// short — then by fit (the most specific pattern matched, then distinct patterns), then by a
/// stable hash of the segment's identity and code (`StableHash`), so the choice does not simply
/// follow file order. The rank is a total order: no two candidates of a code tie.
public struct QuoteCandidate: Sendable, Hashable {
    /// The coded record quoted: the code the segment fits best (the quoted code or one under it).
    public var segment: CodedSegment
    /// The segment's text, trimmed of white space, exactly as written (not yet anonymised).
    public var text: String
    /// How well the segment fits its code (`QuoteFit.Fit`).
    public var fit: QuoteFit.Fit
    /// A stable hash of the segment's identity and code (`StableHash`).
    public var order: UInt64
    /// 0 for 40–300 characters, 1 for longer, 2 for shorter.
    public var band: Int
    /// Pinned by the manifest (`quotes: pin:`): ranked first, and chosen before the round-robin.
    public var pinned: Bool
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
    public init(segment: CodedSegment, text: String, fit: QuoteFit.Fit, pinned: Bool, respondent: Respondent) {
        self.init(
            segment: segment, text: text, fit: fit,
            order: StableHash.of(segment.codeID, segment.dataset, segment.respondent, segment.question, String(segment.segmentIndex)),
            band: Self.band(ofLength: text.count), pinned: pinned, respondent: respondent)
    }

    /// A candidate whose rank is already worked out (by `DatasetTally`, before the text is cut).
    public init(
        segment: CodedSegment, text: String, fit: QuoteFit.Fit, order: UInt64, band: Int, pinned: Bool, respondent: Respondent
    ) {
        self.segment = segment
        self.text = text
        self.fit = fit
        self.order = order
        self.band = band
        self.pinned = pinned
        self.respondent = respondent
        textKey = Self.sameText(text)
    }

    /// The ranking: pinned first, then length band, then better fit, then the stable hash;
    /// smaller first.
    public var rank: Rank { Rank(pinned: pinned, band: band, fit: fit, order: order) }

    /// The length band of a text of `length` characters.
    public static func band(ofLength length: Int) -> Int {
        length < minimumLength ? 2 : (length > maximumLength ? 1 : 0)
    }

    /// Two texts that differ only in case, spacing or punctuation say the same thing: a code shows
    /// such a text once. The key they share.
    public static func sameText(_ text: String) -> String {
        // ASCII text (most answers), byte by byte: its letters are A–Z and a–z, lowercased to
        // a–z, the same key as the general rule below, without a Unicode property lookup per
        // character (a tenth of the report's coding workers' time, perf, bench corpus 50,000).
        var contiguous = text
        if let key = contiguous.withUTF8(asciiKey) { return key }
        return String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    /// `sameText`'s key of ASCII bytes, or `nil` when they are not all ASCII.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        for byte in bytes {
            switch byte {
            case 0x80...: return nil
            case 0x41...0x5A: key.append(byte | 0x20)
            case 0x61...0x7A, 0x30...0x39: key.append(byte)
            default: continue
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// A candidate's place in the ranking.
    public struct Rank: Sendable, Hashable, Comparable {
        public var pinned: Bool
        public var band: Int
        public var fit: QuoteFit.Fit
        public var order: UInt64

        public init(pinned: Bool, band: Int, fit: QuoteFit.Fit, order: UInt64) {
            self.pinned = pinned
            self.band = band
            self.fit = fit
            self.order = order
        }

        public static func < (lhs: Rank, rhs: Rank) -> Bool {
            (lhs.pinned ? 0 : 1, lhs.band, -lhs.fit.specificity, -lhs.fit.patterns, lhs.order)
                < (rhs.pinned ? 0 : 1, rhs.band, -rhs.fit.specificity, -rhs.fit.patterns, rhs.order)
        }
    }
}
