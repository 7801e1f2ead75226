import EvidentModel

/// The plain text of one exported REFI-QDA source: every non-empty answer to one question of one
/// data set, each after a header `[<respondent id>] ` and followed by a blank line. This is the
/// layout QualCoder's own survey import gives a free-text column, so the exported project reads
/// in QualCoder (and NVivo, ATLAS.ti, MAXQDA) the way a researcher who imported the survey there
/// would expect, and codings in it map back to answers by their offsets.
///
/// All offsets are Unicode scalars from the start of the source text, as REFI-QDA counts them.
public struct SurveySourceLayout: Sendable, Hashable {
    /// Where one answer sits in the source.
    public struct Answer: Sendable, Hashable {
        public var respondent: String
        /// Offset of the header's `[`.
        public var headerStart: Int
        /// Offset of the answer's first scalar.
        public var start: Int
        /// Offset just past the answer's last scalar.
        public var end: Int
    }

    public private(set) var text: String
    /// In source order.
    public private(set) var answers: [Answer]

    /// Lays out `answers` (respondent id and answer text, in data set order); empty answers are
    /// left out, as they are in coding.
    public init(answers: [(respondent: String, text: String)]) {
        var text = ""
        var offset = 0
        var placed: [Answer] = []
        for answer in answers where !answer.text.trimmedWhitespace.isEmpty {
            let header = "[\(answer.respondent)] "
            let headerLength = header.unicodeScalars.count
            let length = answer.text.unicodeScalars.count
            placed.append(Answer(respondent: answer.respondent, headerStart: offset, start: offset + headerLength, end: offset + headerLength + length))
            text += header + answer.text + "\n\n"
            offset += headerLength + length + 2
        }
        self.text = text
        self.answers = placed
    }

    /// Finds the answers in a source text written in this layout (perhaps by another tool, or
    /// from an older export): a header is `[id] ` at the start of the text or after a blank
    /// line, where `id` is one of `respondents`. Each answer runs to the blank line before the
    /// next header.
    public init(parsing text: String, respondents: Set<String>) {
        let scalars = Array(text.unicodeScalars)
        var headers: [(respondent: String, headerStart: Int, start: Int)] = []
        var index = 0
        while index < scalars.count {
            let atBoundary = index == 0 || (index >= 2 && scalars[index - 1] == "\n" && scalars[index - 2] == "\n")
            if atBoundary, scalars[index] == "[", let header = Self.header(in: scalars, at: index, respondents: respondents) {
                headers.append((header.respondent, index, header.end))
                index = header.end
                continue
            }
            index += 1
        }
        var answers: [Answer] = []
        for (position, header) in headers.enumerated() {
            var end = position + 1 < headers.count ? headers[position + 1].headerStart : scalars.count
            while end > header.start, scalars[end - 1] == "\n" || scalars[end - 1] == "\r" { end -= 1 }
            answers.append(Answer(respondent: header.respondent, headerStart: header.headerStart, start: header.start, end: end))
        }
        self.text = text
        self.answers = answers
    }

    /// `[id] ` at `index`: the respondent and the offset just past the space.
    private static func header(in scalars: [Unicode.Scalar], at index: Int, respondents: Set<String>) -> (respondent: String, end: Int)? {
        var close = index + 1
        while close + 1 < scalars.count, scalars[close] != "\n" {
            if scalars[close] == "]", scalars[close + 1] == " " {
                let id = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                if respondents.contains(id) { return (id, close + 2) }
            }
            close += 1
        }
        return nil
    }

    /// The answers a selection `start..<end` touches, each with the selection's offsets inside
    /// the answer (clamped to it). An answer's span for this purpose runs from its header to the
    /// next header, so a selection on a header or a separator still lands on an answer.
    public func answers(overlapping start: Int, _ end: Int) -> [(answer: Answer, start: Int, end: Int)] {
        // The last answer whose header starts at or before `start` (binary search), then on.
        var low = 0
        var high = answers.count
        while low < high {
            let middle = (low + high) / 2
            if answers[middle].headerStart <= start { low = middle + 1 } else { high = middle }
        }
        var position = max(low - 1, 0)
        var found: [(answer: Answer, start: Int, end: Int)] = []
        while position < answers.count {
            let answer = answers[position]
            guard answer.headerStart < end || (position == max(low - 1, 0)) else { break }
            let spanEnd = position + 1 < answers.count ? answers[position + 1].headerStart : Int.max
            if start < spanEnd, end >= answer.headerStart {
                let length = answer.end - answer.start
                found.append((answer, min(max(start - answer.start, 0), length), min(max(end - answer.start, 0), length)))
            }
            position += 1
        }
        return found
    }
}
