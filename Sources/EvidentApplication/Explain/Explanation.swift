import EvidentAnalysis
import EvidentCoding
public import EvidentModel

/// `evident explain`: one respondent's answers with the codes applied to each segment and the
/// patterns that fired, so a researcher can see why a segment was coded.
///
/// The text is ready for a terminal: everything from the data goes through
/// `ControlCharacters.terminal`, and only the highlight's own escape sequences are left as they
/// are (printing it through `ControlCharacters.terminal` again would show them as `<U+001B>`).
public enum Explanation {
    /// How matched text is marked: ANSI bold yellow for a terminal, «guillemets» otherwise.
    public enum Highlight: Sendable {
        case terminal
        case plain
    }

    public static func explain(
        _ location: StudyLocation, dataset id: String, respondent respondentID: String, highlight: Highlight
    ) throws(InputErrors) -> String {
        try explain(StudyRun.load(location), dataset: id, respondent: respondentID, highlight: highlight)
    }

    /// One respondent of a study already loaded.
    static func explain(
        _ study: LoadedStudy, dataset id: String, respondent respondentID: String, highlight: Highlight
    ) throws(InputErrors) -> String {
        guard let dataset = study.datasets.first(where: { $0.id == id }) else {
            throw InputErrors([InputError(
                "no data set '\(id)' in the study", at: SourceLocation(file: study.spec.manifestPath),
                help: "data sets: " + study.datasets.map(\.id).joined(separator: ", ")
            )])
        }
        guard let respondent = dataset.respondents.first(where: { $0.id == respondentID }) else {
            throw InputErrors([InputError(
                "no respondent '\(respondentID)' in data set '\(id)'", at: SourceLocation(file: dataset.file),
                help: "respondent ids are the file's \(dataset.format == .csv ? "row numbers or id column" : "id column"); rejected records are listed in rejections.csv"
            )])
        }
        let labels = Dictionary(uniqueKeysWithValues: (study.codebook?.allCodes ?? []).map { ($0.code.id, $0.code.label) })
        var answerLines: Set<Int> = []
        var lines = ["\(dataset.id) · respondent \(respondent.id) · line \(respondent.line) of \(dataset.file)"]
        for (question, answer) in zip(dataset.questions, respondent.answers) where !answer.trimmedWhitespace.isEmpty {
            let segments = study.engine?.code(answer, dataset: dataset.id, kind: dataset.kind, respondent: respondent.id, question: question.id) ?? []
            lines.append("")
            lines.append("Q: \(question.text)")
            answerLines.insert(lines.count)
            lines.append("A: " + marked(answer, spans: segments.flatMap { $0.matches.map { ($0.start, $0.end) } }, highlight))
            if segments.isEmpty { lines.append("   (no code applied)") }
            for segment in segments {
                let patterns = segment.matches.map { "'\($0.pattern)' tokens \($0.firstToken)–\($0.lastToken)" }.joined(separator: ", ")
                lines.append("   segment \(segment.segmentIndex) [\(segment.start)–\(segment.end)]: \(segment.codeID) (\(labels[segment.codeID] ?? "")) ← \(patterns)")
            }
        }
        return lines.enumerated().map { index, line in answerLines.contains(index) ? line : ControlCharacters.terminal(line) }
            .joined(separator: "\n")
    }

    /// The answer with each matched span (scalar offsets) marked, its control and bidirectional
    /// characters shown as `<U+XXXX>` (`ControlCharacters.terminal`).
    static func marked(_ text: String, spans: [(Int, Int)], _ highlight: Highlight) -> String {
        var inside = [Bool](repeating: false, count: text.unicodeScalars.count)
        for (start, end) in spans where start >= 0 && end <= inside.count && start < end {
            for index in start..<end { inside[index] = true }
        }
        let (open, close) = highlight == .terminal ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("«", "»")
        var output = ""
        var wasInside = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if inside[index] != wasInside {
                output += inside[index] ? open : close
                wasInside = inside[index]
            }
            if ControlCharacters.isControl(scalar) || ControlCharacters.isBidiControl(scalar) {
                output += ControlCharacters.terminal(String(scalar))
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        if wasInside { output += close }
        return output
    }
}
