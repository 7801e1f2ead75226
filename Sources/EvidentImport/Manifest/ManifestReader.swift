public import EvidentModel

/// Reads a study manifest (`Surveys/study.yaml`, study spec §1) into a `StudySpec`.
///
/// Every problem is an `InputError` naming the manifest, line and column: an unknown key (with
/// a suggestion), a missing required key, a file that does not exist, an unknown or malformed
/// scale, a repeated id. Paths are resolved against the manifest's folder.
public enum ManifestReader {
    static let studyKeys = ["title", "organisation", "codebook", "output", "quotes_per_theme", "suppress_below", "names", "quotes", "summary"]
    static let topKeys = ["study", "datasets", "scales", "agreement", "tools"]
    static let agreementKeys = ["coding", "coverage", "reference"]

    /// Reads and checks the manifest at `path`.
    public static func read(path: String) throws(InputError) -> StudySpec {
        let file = FilePaths.display(path)
        let text = try FilePaths.readText(path)
        return try parse(text, file: file, directory: FilePaths.directory(of: path))
    }

    /// Parses manifest text; `file` names it in errors, `directory` resolves its paths.
    public static func parse(_ text: String, file: String, directory: String) throws(InputError) -> StudySpec {
        let root = try YAMLValue.parse(text, file: file)
        var studyNode: YAMLValue?
        var datasetsNode: YAMLValue?
        var agreement: AgreementSpec?
        var scales = Dictionary(uniqueKeysWithValues: Scale.builtIn.map { ($0.id, $0) })
        var tools = Dictionary(uniqueKeysWithValues: OutcomeTool.builtIn.map { ($0.id, $0) })
        for entry in try root.mapping("the manifest", allowed: topKeys) {
            switch entry.key {
            case "study": studyNode = entry.value
            case "datasets": datasetsNode = entry.value
            case "agreement": agreement = try agreementSpec(entry.value, directory: directory)
            case "tools": for tool in try OutcomeToolReader.read(entry.value) { tools[tool.id] = tool }
            default:
                for scale in try ScaleReader.read(entry.value) { scales[scale.id] = scale }
            }
        }
        guard let studyNode else {
            throw InputError("the manifest has no 'study' section", at: root.location, help: "add study: with at least a title")
        }
        var spec = StudySpec(title: "", datasets: [], scales: scales, manifestPath: file)
        spec.agreement = agreement
        spec.tools = tools
        var hasTitle = false
        for entry in try studyNode.mapping("study", allowed: studyKeys) {
            let value = entry.value
            switch entry.key {
            case "title":
                spec.title = try value.string("title")
                hasTitle = !spec.title.trimmedWhitespace.isEmpty
            case "organisation": spec.organisation = try value.string("organisation")
            case "codebook": spec.codebookPath = try existingPath(value, what: "codebook", directory: directory)
            case "output": spec.outputPath = FilePaths.resolve(try value.string("output"), against: directory)
            case "quotes_per_theme": spec.quotesPerTheme = try nonNegative(value, "quotes_per_theme")
            case "suppress_below": spec.suppressBelow = try nonNegative(value, "suppress_below")
            case "quotes": try readQuotes(value, into: &spec)
            case "summary": spec.summary = try readSummary(value)
            default: spec.namesPath = try existingPath(value, what: "names list", directory: directory)
            }
        }
        guard hasTitle else {
            throw InputError("the study has no title", at: studyNode.location, help: "add title: under study:")
        }
        guard let datasetsNode else {
            throw InputError("the manifest lists no data sets", at: root.location, help: "add datasets: with at least one data set")
        }
        var ids: Set<String> = []
        for node in try datasetsNode.list("datasets") {
            let dataset = try DatasetSpecReader.read(node, scales: scales, tools: tools, directory: directory)
            guard ids.insert(dataset.id).inserted else {
                throw InputError("data set id '\(dataset.id)' is used twice", at: dataset.declaredAt, help: "give each data set its own id")
            }
            spec.datasets.append(dataset)
        }
        guard !spec.datasets.isEmpty else {
            throw InputError("the manifest lists no data sets", at: datasetsNode.location, help: "add at least one data set")
        }
        return spec
    }

    static func agreementSpec(_ node: YAMLValue, directory: String) throws(InputError) -> AgreementSpec {
        var spec = AgreementSpec(codingPaths: [])
        for entry in try node.mapping("agreement", allowed: agreementKeys) {
            switch entry.key {
            case "coding":
                for item in try entry.value.list("coding") {
                    spec.codingPaths.append(try existingPath(item, what: "coding file", directory: directory))
                }
            case "coverage": spec.coveragePath = try existingPath(entry.value, what: "coverage file", directory: directory)
            default: spec.reference = try entry.value.string("reference")
            }
        }
        guard !spec.codingPaths.isEmpty else {
            throw InputError("agreement lists no coding files", at: node.location, help: "add coding: with one or more CSV or .qdpx files")
        }
        return spec
    }

    static func existingPath(_ value: YAMLValue, what: String, directory: String) throws(InputError) -> String {
        let relative = try value.string(what)
        let path = FilePaths.resolve(relative, against: directory)
        guard FilePaths.exists(path) else {
            throw InputError(
                "\(what) '\(relative)' not found", at: value.location,
                help: "paths are relative to the manifest's folder (\(FilePaths.display(directory)))"
            )
        }
        return path
    }

    static func nonNegative(_ value: YAMLValue, _ what: String) throws(InputError) -> Int {
        let number = try value.int(what)
        guard number >= 0 else { throw InputError("\(what) must not be negative", at: value.location) }
        return number
    }
}
