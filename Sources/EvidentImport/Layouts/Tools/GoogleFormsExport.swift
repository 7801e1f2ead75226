import EvidentModel

/// Google Forms' responses, downloaded as CSV or `.xlsx` from the form or its Sheet
/// (export-formats notes §1): one header row, every field quoted in CSV, `Timestamp`
/// (`2016/10/30 3:08:44 PM GMT+1`, or the Sheet's `1/18/2024 14:18:57`) first, an optional
/// `Email Address` (and `Score` for quizzes), then one column per question (`Question [Row]`
/// for grids). Checkbox answers are joined by `, ` in a Sheet's download.
struct GoogleFormsExport: ExportTool {
    var format: ExportFormat { .googleForms }

    func recognise(_ rows: [[String]]) -> String? {
        guard let first = rows.first?.first, first.trimmedWhitespace.lowercased() == "timestamp" else { return nil }
        return "Timestamp first"
    }

    func layout(firstRows rows: [[String]]) -> ExportLayout {
        var layout = ExportLayout(
            format: .googleForms, headerRows: 1, respondentIDColumn: nil, personalColumns: ["Email Address", "Email address"],
            unansweredSentinel: nil, metadataColumns: ["Timestamp", "Score"]
        )
        layout.multiSelectSeparator = ", "
        return layout
    }
}
