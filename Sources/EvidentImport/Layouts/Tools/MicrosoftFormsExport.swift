import EvidentModel

/// Microsoft Forms' export (export-formats notes §1): natively `.xlsx`, CSV after a re-save.
/// One header row, `ID,Start time,Completion time,Email,Name` first in any letter case (`Id`
/// is common), optionally `Last modified time`, `Total points`, `Quiz feedback`, then one
/// column per question (quizzes add `Points - <Q>` and `Feedback - <Q>`). `Email` is
/// `anonymous` for anonymous forms. Multi-select answers are `;`-joined with a trailing `;`.
struct MicrosoftFormsExport: ExportTool {
    var format: ExportFormat { .msforms }

    func recognise(_ rows: [[String]]) -> String? {
        guard let header = rows.first, header.starts(withHeaders: ["ID", "Start time", "Completion time"]) else { return nil }
        return "\(header.prefix(3).map { $0.trimmedWhitespace }.joined(separator: ", ")) first"
    }

    func layout(firstRows rows: [[String]]) -> ExportLayout {
        var layout = ExportLayout(
            format: .msforms, headerRows: 1, respondentIDColumn: "ID", personalColumns: ["Email", "Name"],
            unansweredSentinel: nil,
            metadataColumns: ["Start time", "Completion time", "Last modified time", "Total points", "Quiz feedback"]
        )
        layout.multiSelectSeparator = ";"
        return layout
    }
}
