public import EvidentModel

/// What inference found in one export: its format and how it was recognised, its encoding and
/// delimiter, its records, each column's role and scale, and the data set kind it guesses.
public struct ExportInspection: Sendable {
    /// The file or folder, absolute.
    public var path: String
    /// The file or folder as shown to the user.
    public var file: String
    /// The layout recognised (never `.auto`).
    public var format: ExportFormat
    /// How the format was recognised.
    public var formatReason: String
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `windows-1252` …
    public var encoding: String
    /// The field separator, for delimited files.
    public var delimiter: Delimiter?
    /// Non-blank records (stories, for msc-xml; submissions, for ODK).
    public var records: Int
    /// Records whose values were profiled (the first `ColumnProfiler.sampleSize`).
    public var profiled: Int
    /// Every column, in file order.
    public var columns: [ColumnProfile]
    /// The data set kind it looks like.
    public var kind: KindGuess
    /// Things worth knowing: ambiguous dates, repeated column names, a Windows-1252 file.
    public var notes: [String]

    /// An inspection; `ExportInspector` makes them.
    public init(
        path: String, file: String, format: ExportFormat, formatReason: String, encoding: String, delimiter: Delimiter?,
        records: Int, profiled: Int, columns: [ColumnProfile], kind: KindGuess, notes: [String]
    ) {
        self.path = path
        self.file = file
        self.format = format
        self.formatReason = formatReason
        self.encoding = encoding
        self.delimiter = delimiter
        self.records = records
        self.profiled = profiled
        self.columns = columns
        self.kind = kind
        self.notes = notes
    }

    /// Columns in one role.
    public func columns(_ role: ColumnRole) -> [ColumnProfile] {
        columns.filter { $0.role == role }
    }

    /// Personal-data columns.
    public var personalColumns: [ColumnProfile] { columns.filter(\.role.isPersonal) }

    /// Columns of dates whose day and month could be swapped.
    public var ambiguousDates: [ColumnProfile] { columns.filter { $0.dates?.isAmbiguous == true } }
}
