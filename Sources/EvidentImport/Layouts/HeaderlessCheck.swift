import EvidentModel

/// Tells a file whose header row is missing: its first row holds answers, not headings. A
/// heading is never a date, an e-mail address or an IP address, so a first row with one of
/// those (Microsoft Forms' `1,9/1/2024 11:27,9/1/2024 11:27,anonymous,…` saved without its
/// headings) is refused rather than read with the first respondent as column names — which
/// would also hide which column holds names, so nothing would be masked.
enum HeaderlessCheck {
    /// The cells of `row` that only data can hold (up to three), or `[]` when the row can be
    /// a header row.
    static func dataCells(in row: [String]) -> [String] {
        let found = row.map(\.trimmedWhitespace).filter { cell in
            !cell.isEmpty && (DateRecogniser.parts(cell) != nil || ValueShapes.isEmail(cell) || ValueShapes.isIPAddress(cell))
        }
        return Array(found.prefix(3))
    }

    /// The refusal for a headerless file.
    static func refusal(_ cells: [String], file: String, line: Int) -> InputError {
        let shown = cells.map { "'\($0)'" }.joined(separator: ", ")
        return InputError(
            "the file has no header row: its first line holds answers (\(shown)), not column headings",
            at: SourceLocation(file: file, line: line),
            help: "export the responses again with their column headings, or add a first line naming each column (Microsoft Forms: ID,Start time,Completion time,Email,Name, then the questions)"
        )
    }
}
