package import EvidentCoding
package import EvidentModel

/// A chunk of respondents' rows for `results.sqlite`, rendered on the worker that coded them and
/// inserted, in input order, by `ResultsDatabase`: flat arrays and one buffer of text, so a chunk
/// of a thousand respondents is a handful of allocations. Rows name respondents and answers by
/// their position in the chunk; the database turns positions into row ids as it inserts them.
package struct DatabaseRows: Sendable {
    /// One respondent: their id's bytes in `text`, the line their record starts on, their status.
    struct Respondent: Sendable {
        var id: Range<Int>
        var line: Int
        var status: RecordStatus
        /// Their attribute values are `attributes[attributeStart ..< attributeStart + attribute count]`.
        var attributeStart: Int
    }

    /// One answer: a scale item's value or a free-text answer's length.
    struct Answer: Sendable {
        /// The respondent's position in the chunk.
        var respondent: Int
        /// The item's or question's position in the data set; `isItem` says which.
        var position: Int
        var isItem: Bool
        /// Items: the valid score, or `nil` with the value as written in `value`.
        var score: Double?
        var value: Range<Int>?
        /// Free text: the answer's length in Unicode scalars.
        var characters: Int?
    }

    /// One coded segment and code.
    struct Segment: Sendable {
        /// The answer's position in the chunk.
        var answer: Int
        var segmentIndex: Int
        var start: Int
        var end: Int
        /// The code's position in the codebook (and the engine).
        var code: Int
        /// `pattern@first-last; …`, as in `coded_segments.csv`.
        var matches: Range<Int>
    }

    private(set) var text: [UInt8] = []
    private(set) var respondents: [Respondent] = []
    private(set) var attributes: [Range<Int>] = []
    private(set) var answers: [Answer] = []
    private(set) var segments: [Segment] = []
    private let patterns: [[UInt8]]

    /// Rows for a data set of this shape, coded by an engine with these pattern texts.
    package init(patterns: [[UInt8]]) {
        self.patterns = patterns
    }

    /// Adds a respondent and their item values (blank items have no row).
    package mutating func addRespondent(_ respondent: EvidentModel.Respondent) {
        let id = put(respondent.id)
        respondents.append(Respondent(id: id, line: respondent.line, status: respondent.status, attributeStart: attributes.count))
        for value in respondent.attributes { attributes.append(put(value)) }
        let position = respondents.count - 1
        for (item, value) in respondent.values.enumerated() {
            switch value {
            case .missing: continue
            case .valid(let score):
                answers.append(Answer(respondent: position, position: item, isItem: true, score: score))
            case .invalid(let written):
                answers.append(Answer(respondent: position, position: item, isItem: true, value: put(written)))
            }
        }
    }

    /// Adds the last respondent's non-empty free-text answer to question `question`, with its
    /// coded segments.
    package mutating func addAnswer(question: Int, text answer: String, records: CodedRecords) {
        answers.append(Answer(
            respondent: respondents.count - 1, position: question, isItem: false, characters: Self.scalarCount(answer)))
        let position = answers.count - 1
        for segment in records.segments {
            let start = text.count
            for index in segment.matchStart..<segment.matchEnd {
                let match = records.matches[index]
                if index > segment.matchStart {
                    text.append(0x3B)
                    text.append(0x20)
                }
                if match.pattern < patterns.count { text.append(contentsOf: patterns[match.pattern]) }
                text.append(0x40)
                putDecimal(match.firstToken)
                text.append(0x2D)
                putDecimal(match.lastToken)
            }
            segments.append(Segment(
                answer: position, segmentIndex: segment.segmentIndex, start: segment.start, end: segment.end, code: segment.code,
                matches: start..<text.count))
        }
    }

    /// The Unicode scalars of `text`, counted from its UTF-8: every byte but a continuation byte
    /// (`10xxxxxx`) starts one. The same as `text.unicodeScalars.count`, without decoding.
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.unicodeScalars.count
    }

    /// Appends an integer's decimal digits, as `String(value)` writes them.
    private mutating func putDecimal(_ value: Int) {
        guard value >= 0 else { return text.append(contentsOf: String(value).utf8) }
        if value >= 10 { putDecimal(value / 10) }
        text.append(UInt8(truncatingIfNeeded: 0x30 + value % 10))
    }

    private mutating func put(_ value: String) -> Range<Int> {
        let start = text.count
        text += value.utf8
        return start..<text.count
    }
}
