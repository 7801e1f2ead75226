public import EvidentModel

/// Reads a codebook in any of the forms the suite exchanges, chosen by the file's extension:
/// `.yaml`/`.yml` (the native form), `.csv` (the flat form), `.qdc` (REFI-QDA codebook) or
/// `.qdpx` (the codebook inside a REFI-QDA project).
public enum CodebookFiles {
    /// The forms, by extension.
    public enum Format: String, Sendable, CaseIterable {
        case yaml, csv, qdc, qdpx

        /// The format a path's extension names, if any.
        public init?(path: String) {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: ".") else { return nil }
            switch name[name.index(after: dot)...].lowercased() {
            case "yaml", "yml": self = .yaml
            case "csv": self = .csv
            case "qdc": self = .qdc
            case "qdpx": self = .qdpx
            default: return nil
            }
        }
    }

    /// The codebook at `path`, with what the reader noticed (GUIDs used twice, set members that
    /// name no code); a project's sources are not read.
    public static func read(path: String) throws(InputError) -> (codebook: Codebook, warnings: [Diagnostic]) {
        guard let format = try format(of: path) else {
            throw InputError(
                "cannot tell the codebook's format from its name", at: SourceLocation(file: FilePaths.display(path)),
                help: "name it .yaml, .yml, .csv, .qdc or .qdpx"
            )
        }
        switch format {
        case .yaml: return (try CodebookReader.read(path: path), [])
        case .csv: return (try CodebookCSVReader.read(path: path), [])
        case .qdc:
            let read = try QDACodebookReader.read(path: path)
            return (read.codebook, read.warnings)
        case .qdpx:
            let project = try QDPXReader.read(path: path, codebookOnly: true)
            guard let codebook = project.codebook else {
                throw InputError(
                    "the project has no codebook", at: SourceLocation(file: project.file),
                    help: "export the project again after creating codes, or export the codebook alone (.qdc)"
                )
            }
            return (codebook.codebook, codebook.warnings)
        }
    }

    /// The form to read `path` as: by what the file is (`FileSniffer`) where that settles it — a
    /// `.qdpx` or `.qdc` whatever its name — else by its extension. A file that is no codebook
    /// (a survey export, a workbook, a Word document …) is refused saying what it is.
    static func format(of path: String) throws(InputError) -> Format? {
        let named = Format(path: path)
        guard FilePaths.exists(path) else { return named }
        let kind = FileSniffer.kind(of: path)
        let file = FilePaths.display(path)
        switch kind {
        case .refiProject: return .qdpx
        case .xml(.refiCodebook): return .qdc
        case .xml(.refiProjectXML):
            throw InputError("the file is \(kind), not a codebook", at: SourceLocation(file: file),
                             help: "give the .qdpx it came in, or export the codebook (.qdc) from the tool")
        case .delimited where named == .csv || named == nil:
            if let head = try? CSVReader(path: path, displayPath: file) {
                var rows: [[String]] = []
                while rows.count < 3, let record = try? head.next() { rows.append(record.fields) }
                let layout = ExportTools.recognise(rows).tool.format
                if layout != .csv {
                    throw InputError(
                        "the file is a \(layout.rawValue) survey export, not a codebook", at: SourceLocation(file: file),
                        help: "name it as a data set in the manifest; a codebook CSV has one row per code (id, label, patterns …)"
                    )
                }
            }
            return .csv
        case .delimited, .text, .empty:
            return named
        case .zip:
            // A zip the archive reader refuses (a bomb, overlapping or duplicate entries) is
            // refused with the limit it broke, named by the archive reader; any other zip is no
            // codebook.
            _ = try ZipArchive(path: path, file: file)
            throw InputError(
                "the file is \(kind), not a codebook", at: SourceLocation(file: file),
                help: "codebooks are YAML (.yaml), CSV (.csv) or REFI-QDA (.qdc, .qdpx) files"
            )
        case .folder, .workbook, .wordDocument, .limeSurveyArchive, .openDocument, .legacyOffice, .pdf, .binary, .xml:
            throw InputError(
                "the file is \(kind), not a codebook", at: SourceLocation(file: file),
                help: "codebooks are YAML (.yaml), CSV (.csv) or REFI-QDA (.qdc, .qdpx) files"
            )
        }
    }
}
