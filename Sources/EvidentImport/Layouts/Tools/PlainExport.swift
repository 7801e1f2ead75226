import EvidentModel

/// A delimited file no tool claims: one header row, each cell naming its column.
struct PlainExport: ExportTool {
    var format: ExportFormat { .csv }

    func recognise(_ rows: [[String]]) -> String? { "one header row, no known layout" }

    func layout(firstRows rows: [[String]]) -> ExportLayout {
        ExportLayout(format: .csv, headerRows: 1, respondentIDColumn: nil, personalColumns: [], unansweredSentinel: nil)
    }
}
