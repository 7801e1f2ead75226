import EvidentModel

/// The head of a tabular export: its layout (recognised, or as the manifest names it), its
/// named columns, and the records read ahead to find them.
struct ExportHeader {
    var layout: ExportLayout
    var columns: [ColumnHeader]
    /// Names that were repeated (one entry per repeat).
    var repeated: [String]
    /// How the layout was recognised.
    var reason: String
    /// The header rows as read.
    var headerRows: [CSVRecord]
    /// Data records read ahead while looking at the header, in order.
    var pending: [CSVRecord]

    /// Reads the first records of `reader` and names its columns. Refuses a file with fewer
    /// records than its layout has header rows, and a file whose first row holds data
    /// (`HeaderlessCheck`).
    static func read(_ reader: any RecordReader, format: ExportFormat, file: String) throws(InputError) -> ExportHeader {
        var first: [CSVRecord] = []
        while first.count < 3, let record = try reader.next() { first.append(record) }
        guard let top = first.first else {
            throw InputError("the file has no header row: it holds no records", at: SourceLocation(file: file, line: 1),
                             help: "check the file is the survey export")
        }
        let cells = HeaderlessCheck.dataCells(in: top.fields)
        if !cells.isEmpty { throw HeaderlessCheck.refusal(cells, file: file, line: top.line) }
        let header = ExportTools.header(first.map(\.fields), format: format)
        guard first.count >= header.layout.headerRows else {
            throw InputError(
                "the file has no data: \(header.layout.format.rawValue) exports have \(header.layout.headerRows) header row(s)",
                at: SourceLocation(file: file, line: first.last?.line ?? 1),
                help: "check the file is the export named in the manifest"
            )
        }
        return ExportHeader(
            layout: header.layout, columns: header.columns, repeated: header.repeated, reason: header.reason,
            headerRows: Array(first.prefix(header.layout.headerRows)), pending: Array(first.dropFirst(header.layout.headerRows))
        )
    }

    /// Notes every reader of this header shares: repeated column names.
    var notes: [String] {
        repeated.map { "column name '\($0)' appears more than once; later ones are named '\($0) (2)' and so on" }
    }
}
