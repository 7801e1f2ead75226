import Foundation

/// The labelled answers redaction is measured on (`Fixtures/labelled-answers.txt`): a study's
/// names list and name-column values, then answers whose personal data is marked by hand as
/// `⟦kind|text⟧`. The file's header says what each kind covers.
struct LabelledAnswers {
    /// One answer, its marks taken out.
    struct Answer {
        /// `parent`, `young person`, `practitioner`.
        var who: String
        /// The respondent's own name and e-mail fields.
        var details: [String]
        /// The answer as the respondent wrote it.
        var text: String
        /// The personal data in `text`: Unicode scalar offsets and kind.
        var labels: [(range: Range<Int>, kind: String)]
        /// The line in the file, for messages.
        var line: Int
        /// Written after the rules were settled (below the file's `# --- held out ---` line).
        var isHeldOut = false
    }

    var names: [String] = []
    var columnValues: [String] = []
    var answers: [Answer] = []

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/labelled-answers.txt")

    static func load() throws -> LabelledAnswers {
        var set = LabelledAnswers()
        let text = try String(contentsOf: file, encoding: .utf8)
        var heldOut = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            if line == "# --- held out ---" { heldOut = true }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("names: ") {
                set.names.append(String(line.dropFirst(7)))
            } else if line.hasPrefix("column: ") {
                set.columnValues.append(String(line.dropFirst(8)))
            } else {
                var answer = try answer(line, number: index + 1)
                answer.isHeldOut = heldOut
                set.answers.append(answer)
            }
        }
        return set
    }

    /// `who | details | text with ⟦kind|marks⟧`.
    private static func answer(_ line: String, number: Int) throws -> Answer {
        let fields = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else { throw Malformed(line: number) }
        let details = fields[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var text: [Unicode.Scalar] = []
        var labels: [(Range<Int>, String)] = []
        var scalars = Array(fields[2].dropFirst().unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "⟦" else {
                text.append(scalar)
                continue
            }
            guard let bar = scalars.firstIndex(of: "|"), let close = scalars.firstIndex(of: "⟧"), bar < close else {
                throw Malformed(line: number)
            }
            var kind = ""
            kind.unicodeScalars.append(contentsOf: scalars[scalars.startIndex..<bar])
            let start = text.count
            text.append(contentsOf: scalars[(bar + 1)..<close])
            labels.append((start..<text.count, kind))
            scalars = scalars[(close + 1)...]
        }
        var string = ""
        string.unicodeScalars.append(contentsOf: text)
        return Answer(
            who: fields[0].trimmingCharacters(in: .whitespaces), details: details, text: string, labels: labels, line: number
        )
    }

    struct Malformed: Error {
        var line: Int
    }
}
