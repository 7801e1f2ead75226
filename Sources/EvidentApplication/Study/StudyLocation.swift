public import EvidentImport
public import EvidentModel

/// Where a command's study is, worked out once at the command's entry point: the manifest to
/// read and the report folder asked for. When there is no manifest (study spec §4), one is
/// inferred from the exports and written into the report folder first — into `--output` when it
/// is given, never anywhere else — and `inferred` says so.
///
/// Every use case takes a `StudyLocation`, so a run reads its manifest once and infers it at
/// most once, however many steps it has.
public struct StudyLocation: Sendable {
    /// The manifest to read (as given, or the inferred one's absolute path).
    public var manifestPath: String
    /// `--output`, absolute; `nil` when not given.
    public var outputPath: String?
    /// The study inferred from exports, when there was no manifest.
    public var inferred: InferredStudy.Plan?

    public init(manifestPath: String, outputPath: String? = nil, inferred: InferredStudy.Plan? = nil) {
        self.manifestPath = manifestPath
        self.outputPath = outputPath.map(FilePaths.absolute)
        self.inferred = inferred
    }

    /// `--study` and `--output` resolved: `study` itself when it is a manifest (or a folder
    /// holding `study.yaml`), else a manifest inferred from the exports beside it or in it.
    /// An empty `--output` is refused (it would name the working directory).
    public static func resolve(study: String, output: String?, dateOrder: DateOrder = .dmy) throws(InputErrors) -> StudyLocation {
        if let output, output.allSatisfy({ $0 == " " || $0 == "\t" }) {
            throw InputErrors([InputError("the output path is empty", help: "name the output, such as Output/<study>")])
        }
        let found = try InferredStudy.manifest(for: study, outputPath: output, dateOrder: dateOrder)
        return StudyLocation(manifestPath: found.path, outputPath: output, inferred: found.inferred)
    }

    /// The report folder: `--output`, else the manifest's `output`, else `Output/<title as a
    /// slug>` under the working directory.
    public func outputFolder(for spec: StudySpec) -> String {
        outputPath ?? spec.outputPath ?? Self.defaultOutput(title: spec.title)
    }

    /// `Output/<title as a slug>` under the working directory.
    static func defaultOutput(title: String) -> String {
        let slug = title.lowercased().unicodeScalars.map { scalar -> Character in
            (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) ? Character(scalar) : "-"
        }
        let name = String(slug).split(separator: "-").joined(separator: "-")
        return FilePaths.absolute("Output/" + (name.isEmpty ? "study" : name))
    }
}
