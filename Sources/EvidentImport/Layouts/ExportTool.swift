import EvidentModel

/// One survey tool's export layout: how to recognise its files from their first rows, and
/// what their header rows and columns mean. One type per tool (`Tools/`), listed once in
/// `ExportTools.all`; the next vendor is one new file and one line there.
protocol ExportTool: Sendable {
    /// The format the manifest names (`format: limesurvey`).
    var format: ExportFormat { get }
    /// Why the first rows (up to three) are this tool's export, or `nil` when they are not.
    func recognise(_ rows: [[String]]) -> String?
    /// The layout of this tool's file whose first rows are `rows` (rows may be empty when the
    /// manifest names the format and the file has not been read yet).
    func layout(firstRows rows: [[String]]) -> ExportLayout
    /// The columns named from the file's header rows (`layout.headerRows` of them), before
    /// repeated names are made unique.
    func columns(headerRows rows: [[String]], layout: ExportLayout) -> [ColumnHeader]
}

extension ExportTool {
    /// One header row: each cell names its column and is its question.
    func columns(headerRows rows: [[String]], layout: ExportLayout) -> [ColumnHeader] {
        (rows.first ?? []).map { cell in
            let name = cell.trimmedWhitespace
            return ColumnHeader(name: name, question: name)
        }
    }
}

/// Matching header cells the way exports vary them: trimmed, ignoring case.
extension Array where Element == String {
    /// Whether the row starts with `names`, compared trimmed and ignoring case.
    func starts(withHeaders names: [String]) -> Bool {
        guard count >= names.count else { return false }
        return zip(self, names).allSatisfy { $0.trimmedWhitespace.lowercased() == $1.lowercased() }
    }

    /// Whether the row holds `name` in some cell, compared trimmed and ignoring case.
    func containsHeader(_ name: String) -> Bool {
        contains { $0.trimmedWhitespace.lowercased() == name.lowercased() }
    }
}
