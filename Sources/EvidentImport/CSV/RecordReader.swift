public import EvidentModel

/// The records of a table, one at a time, whatever holds it: a delimited text file
/// (`CSVReader`) or a workbook's sheet (`XlsxSheetReader`). A record's `line` is the physical
/// line it starts on (for a sheet, its row number), counting header lines.
public protocol RecordReader: AnyObject {
    /// The next record, or `nil` at the end.
    func next() throws(InputError) -> CSVRecord?
    /// How the text was read, as summaries name it: `utf-8`, `windows-1252`, `xlsx` …
    var encodingName: String { get }
    /// The field separator, for delimited text.
    var fieldDelimiter: Delimiter? { get }
    /// How much has been read, 0 to 1.
    var fractionRead: Double { get }
    /// SHA-256 of the file's bytes, complete once `next()` has returned `nil` (empty when not
    /// asked for).
    var sha256: String { get }
    /// What the user should know about how the file was read (a Windows-1252 file, the sheet
    /// read from a workbook).
    var readingNotes: [String] { get }
}

extension CSVReader: RecordReader {
    public var encodingName: String { encoding.rawValue }
    public var fieldDelimiter: Delimiter? { delimiter }
    public var readingNotes: [String] {
        encoding == .windows1252 ? ["read as Windows-1252: the file is not valid UTF-8 (an Excel \"CSV (Comma delimited)\" save)"] : []
    }
}
