package import EvidentFormats
package import EvidentModel
import Foundation

/// `questions.csv`, written beside `coded_segments.csv` by `evident code` and `evident report`:
/// one row per free-text question of each data set — the id `coded_segments.csv` names it by,
/// and its text, once. The same ids and texts as the free-text rows of `results.sqlite`'s
/// `questions` table (docs/coded-segments.md).
extension CodedSegmentsWriter {
    /// The file's name, beside `coded_segments.csv`.
    package static let questionsFile = "questions.csv"

    /// The columns, in order: named as in `results.sqlite`'s `questions` table.
    package static let questionsHeader = ["dataset", "question", "position", "column", "text"]

    /// The byte order mark and the header record of `questions.csv`.
    package static var questionsHeaderBytes: [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        CSVTable.append(row: questionsHeader.map(CSVTable.Cell.text), to: &bytes)
        return bytes
    }

    /// The rows of `dataset`'s free-text questions, in `free_text` order: data set, question id
    /// (`questionID`), 1-based position, the column read, the question's text.
    package static func questionRows(of dataset: Dataset) -> [[CSVTable.Cell]] {
        dataset.questions.enumerated().map { position, question in
            [
                .text(ControlCharacters.published(dataset.id)), .text(questionID(position)), .integer(position + 1),
                .text(ControlCharacters.published(question.id)), .text(ControlCharacters.published(question.text)),
            ]
        }
    }

    /// The whole of `questions.csv` for `datasets` (their shapes: no respondent is read).
    package static func questionsBytes(_ datasets: [Dataset]) -> [UInt8] {
        var bytes = questionsHeaderBytes
        for dataset in datasets {
            for row in questionRows(of: dataset) { CSVTable.append(row: row, to: &bytes) }
        }
        return bytes
    }

    /// Whether the file at `path` is a `questions.csv` evident wrote (it starts with this header).
    package static func isOwnQuestions(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let expected = questionsHeaderBytes
        return (try? handle.read(upToCount: expected.count)).map { Array($0) == expected } ?? false
    }
}
