import EvidentModel

/// A delimited export of stories read whole into a `FieldTable`, with the layout's header rows
/// (plain CSV, SurveyMonkey, Qualtrics, Microsoft Forms …) turned into named columns.
enum StoryCSV {
    struct Read {
        var table: FieldTable
        var format: ExportFormat
        var encoding: String
        var sha256: String
        var diagnostics: [Diagnostic]
    }

    static func read(_ spec: DatasetSpec, format requested: ExportFormat, displayPath: String) throws(InputError) -> Read {
        let reader = try CSVReader(path: spec.path, displayPath: displayPath)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        let format = requested == .auto ? ExportLayout.detect(firstRows: records.prefix(3).map(\.fields)) : requested
        let layout = ExportLayout.of(format)
        guard records.count >= layout.headerRows else {
            throw InputError(
                "the file has no header: \(format.rawValue) exports have \(layout.headerRows) header row(s)",
                at: SourceLocation(file: displayPath, line: records.last?.line ?? 1)
            )
        }
        let header = HeaderBuilder.columns(format: layout, rows: records.prefix(layout.headerRows).map(\.fields))
        let rows = records.dropFirst(layout.headerRows).map { FieldTable.Row(file: displayPath, line: $0.line, fields: $0.fields) }
        var diagnostics: [Diagnostic] = []
        if reader.encoding == .windows1252 {
            diagnostics.append(.note("read as Windows-1252: the file is not valid UTF-8", at: SourceLocation(file: displayPath)))
        }
        return Read(
            table: FieldTable(columns: header.columns, rows: rows), format: format, encoding: reader.encoding.rawValue,
            sha256: reader.sha256, diagnostics: diagnostics
        )
    }
}
