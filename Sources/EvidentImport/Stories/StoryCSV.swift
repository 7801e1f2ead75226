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
        let reader = try TabularFile.open(spec.path, file: displayPath, sheet: spec.sheet)
        let header = try ExportHeader.read(reader, format: requested, file: displayPath)
        var records = header.pending
        while let record = try reader.next() { records.append(record) }
        let rows = records.map { FieldTable.Row(file: displayPath, line: $0.line, fields: $0.fields) }
        let diagnostics = reader.readingNotes.map { Diagnostic.note($0, at: SourceLocation(file: displayPath)) }
        return Read(
            table: FieldTable(columns: header.columns, rows: rows), format: header.layout.format, encoding: reader.encodingName,
            sha256: reader.sha256, diagnostics: diagnostics
        )
    }
}
