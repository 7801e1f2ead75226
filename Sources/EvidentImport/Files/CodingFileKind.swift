public import EvidentModel

/// What a file given as manual coding (`evident agree --coding`, the manifest's `agreement:`)
/// is: a coders' CSV or a REFI-QDA project, told by its bytes whatever its name; anything else
/// refused saying what it is.
public enum CodingFileKind: Sendable, Hashable {
    case csv
    case qdpx

    /// The kind of `path`, or the error saying what the file is instead.
    public static func of(_ path: String) throws(InputError) -> CodingFileKind {
        guard FilePaths.exists(path) else {
            throw InputError("cannot read file", at: SourceLocation(file: FilePaths.display(path)), help: "check that the file exists and is readable")
        }
        let kind = FileSniffer.kind(of: path)
        switch kind {
        case .refiProject: return .qdpx
        case .delimited: return .csv
        default:
            throw InputError(
                "the file is \(kind), not manual coding", at: SourceLocation(file: FilePaths.display(path)),
                help: "manual coding is a coders' CSV (dataset, respondent, question, code_id, coder) or a REFI-QDA project (.qdpx) exported from NVivo, ATLAS.ti, MAXQDA or QualCoder"
            )
        }
    }
}
