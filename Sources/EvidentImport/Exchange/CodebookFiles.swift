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
        guard let format = Format(path: path) else {
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
}
