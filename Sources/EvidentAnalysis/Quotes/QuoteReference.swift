import EvidentFormats
public import EvidentModel

/// A quote's short reference, `7M2P4XA3.2`: eight characters naming the answer (a stable hash of
/// its data set, respondent and question, in Crockford's base 32: digits and capitals without
/// I, L, O or U) and the segment's index within the answer (0-based, as `evident explain`
/// numbers segments).
///
/// The reference carries no personal data and stays the same from run to run while the answer
/// and its segmentation do. `evident explain 7M2P4XA3.2` finds the answer again by hashing every
/// answer of the study (40 bits: two answers share a reference about once in a million
/// million-answer studies, and explain then lists both). The manifest pins or excludes quotes
/// by reference (`quotes: pin:` / `exclude:`).
public struct QuoteReference: Sendable, Hashable, CustomStringConvertible {
    /// The answer's eight-character name.
    public var answer: String
    /// The segment's 0-based index among the answer's segments.
    public var segment: Int

    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public init(dataset: String, respondent: String, question: String, segment: Int) {
        answer = Self.name(dataset: dataset, respondent: respondent, question: question)
        self.segment = segment
    }

    public init(_ segment: CodedSegment) {
        self.init(dataset: segment.dataset, respondent: segment.respondent, question: segment.question, segment: segment.segmentIndex)
    }

    /// Reads `7M2P4XA3.2` (case-insensitive; `0`/`O` and `1`/`I`/`L` read alike, as Crockford's
    /// base 32 allows); `nil` when the text is not a reference.
    public init?(parsing text: String) {
        let parts = text.trimmedWhitespace.uppercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 8, let segment = Int(parts[1]), segment >= 0, parts[1].allSatisfy(\.isASCII) else { return nil }
        var name = ""
        for character in parts[0] {
            let read: Character = switch character {
            case "O": "0"
            case "I", "L": "1"
            default: character
            }
            guard Self.alphabet.contains(read) else { return nil }
            name.append(read)
        }
        answer = name
        self.segment = segment
    }

    /// The eight-character name of an answer.
    public static func name(dataset: String, respondent: String, question: String) -> String {
        let hash = StableHash.of("quote", dataset, respondent, question) >> 24
        return String((0..<8).reversed().map { alphabet[Int((hash >> UInt64($0 * 5)) & 31)] })
    }

    public var description: String { "\(answer).\(segment)" }
}
