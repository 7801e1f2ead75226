public import EvidentModel

/// The registry of export layouts: every tool the suite recognises, in the order they are
/// tried (the most specific first), and plain CSV when none claims a file.
public enum ExportTools {
    /// Every tool, most specific first. Adding a vendor is one new file in `Tools/` and one
    /// line here.
    static let all: [any ExportTool] = [
        QualtricsExport(),
        QualtricsLegacyExport(),
        SurveyMonkeyExport(),
        MicrosoftFormsExport(),
        GoogleFormsExport(),
        LimeSurveyExport(),
    ]

    /// The tool for a format; plain CSV for formats no tool claims.
    static func tool(for format: ExportFormat) -> any ExportTool {
        all.first { $0.format == format } ?? PlainExport()
    }

    /// The tool whose export the first rows are, with why; plain CSV when none claims them.
    static func recognise(_ rows: [[String]]) -> (tool: any ExportTool, reason: String) {
        for tool in all {
            if let reason = tool.recognise(rows) { return (tool, reason) }
        }
        return (PlainExport(), "one header row, no known layout")
    }

    /// The layout and named columns of a file whose first rows are `rows`, read as `format`
    /// (`.auto`: recognised). `reason` says how the layout was chosen.
    public static func header(
        _ rows: [[String]], format: ExportFormat
    ) -> (layout: ExportLayout, columns: [ColumnHeader], repeated: [String], reason: String) {
        let chosen: (tool: any ExportTool, reason: String) = format == .auto
            ? recognise(rows) : (tool(for: format), "named in the manifest")
        let layout = chosen.tool.layout(firstRows: rows)
        let named = chosen.tool.columns(headerRows: Array(rows.prefix(layout.headerRows)), layout: layout)
        let unique = HeaderBuilder.unique(named)
        return (layout, unique.columns, unique.repeated, chosen.reason)
    }
}
