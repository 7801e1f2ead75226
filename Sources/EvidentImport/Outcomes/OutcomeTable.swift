import EvidentModel

/// A table of case data read whole: its named columns and its records, each with the line it
/// starts on. Outcome files are small beside survey exports (a record per reading or per case),
/// and their rules need every row at once (dates ordered per case, repeats found), so they are
/// not streamed. Opened through `TabularFile`, so a readings tracker may be delimited text or an
/// Excel workbook (`sheet:` names its sheet). One header row; blank lines skipped.
struct OutcomeTable {
    let file: String
    let columns: [ColumnHeader]
    let records: [CSVRecord]
    let encoding: String
    let sha256: String
    let notes: [Diagnostic]

    static func read(_ spec: DatasetSpec) throws(InputError) -> OutcomeTable {
        let file = FilePaths.display(spec.path)
        let reader = try TabularFile.open(spec.path, file: file, sheet: spec.sheet)
        guard let head = try reader.next() else {
            throw InputError("the file has no header row: it holds no records", at: SourceLocation(file: file, line: 1), help: "check the file is the export named in the manifest")
        }
        let header = ExportTools.header([head.fields], format: .csv)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        var notes = reader.readingNotes.map { Diagnostic.note($0, at: SourceLocation(file: file)) }
        for name in header.repeated {
            notes.append(.warning("column name '\(name)' appears more than once; later ones are named '\(name) (2)' and so on", at: SourceLocation(file: file, line: head.line)))
        }
        return OutcomeTable(
            file: file, columns: header.columns, records: records, encoding: reader.encodingName, sha256: reader.sha256, notes: notes
        )
    }

    var resolver: ColumnResolver { ColumnResolver(columns: columns, file: file) }

    func location(_ record: CSVRecord) -> SourceLocation { SourceLocation(file: file, line: record.line) }
}
