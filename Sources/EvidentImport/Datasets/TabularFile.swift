public import EvidentModel

/// Opens an export that holds a table of responses — delimited text or an Excel workbook —
/// after telling what the file is (`FileSniffer`). Anything else is refused naming what it is
/// and what to do with it (`FileKindAdvice`).
public enum TabularFile {
    /// A reader for `path` (shown as `file`); `sheet` names a workbook's sheet (its first
    /// visible sheet otherwise).
    public static func open(
        _ path: String, file: String, options: CSVReader.Options = CSVReader.Options(), sheet: String? = nil
    ) throws(InputError) -> any RecordReader {
        guard FilePaths.exists(path) else {
            throw InputError("no such file", at: SourceLocation(file: file), help: "check the path (it is relative to the manifest)")
        }
        let kind = FileSniffer.kind(of: path)
        switch kind {
        case .delimited:
            return try CSVReader(path: path, displayPath: file, options: options)
        case .workbook:
            return try XlsxSheetReader(path: path, displayPath: file, sheet: sheet, hashing: options.hashing)
        case .zip:
            // A zip the archive reader refuses says why (a bomb, duplicate entries …).
            _ = try ZipArchive(path: path, file: file)
            throw FileKindAdvice.notATable(kind, file: file)
        default:
            throw FileKindAdvice.notATable(kind, file: file)
        }
    }
}
