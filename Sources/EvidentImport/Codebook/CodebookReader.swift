public import EvidentModel

/// Reads a YAML codebook (codebook spec §1) into a `Codebook`.
///
/// Unknown keys are errors naming the key, file and line (a typo such as `pattern:` must not
/// silently switch a code off); so are a missing or malformed id, a repeated id, and a missing
/// label. Pattern syntax is checked when the codebook is compiled for coding.
public enum CodebookReader {
    static let topKeys = ["codebook", "options", "themes", "sets"]
    static let headerKeys = ["name", "version", "language", "description"]
    static let optionKeys = ["negation", "stemming", "segment"]
    static let codeKeys = [
        "id", "label", "description", "definition", "include", "exclude_guidance", "patterns", "exclude", "negation",
        "applies_to", "examples", "color", "guid", "codable", "codes",
    ]
    static let setKeys = ["name", "guid", "description", "codes"]

    /// Reads and checks the codebook at `path`.
    public static func read(path: String) throws(InputError) -> Codebook {
        try parse(FilePaths.readText(path), file: FilePaths.display(path))
    }

    /// Parses codebook text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(InputError) -> Codebook {
        let root = try YAMLValue.parse(text, file: file)
        var codebook = Codebook(name: "", themes: [])
        var hasName = false
        var themesNode: YAMLValue?
        var setsNode: YAMLValue?
        for entry in try root.mapping("the codebook file", allowed: topKeys) {
            switch entry.key {
            case "codebook":
                for field in try entry.value.mapping("codebook", allowed: headerKeys) {
                    switch field.key {
                    case "name":
                        codebook.name = try field.value.string("name")
                        hasName = !codebook.name.trimmedWhitespace.isEmpty
                    case "version": codebook.version = try field.value.string("version")
                    case "language": codebook.language = try field.value.string("language")
                    default: codebook.description = try field.value.string("description")
                    }
                }
            case "options":
                for field in try entry.value.mapping("options", allowed: optionKeys) {
                    switch field.key {
                    case "negation": codebook.options.negation = try field.value.bool("negation")
                    case "stemming": codebook.options.stemming = try field.value.bool("stemming")
                    default:
                        let text = try field.value.string("segment")
                        guard let unit = SegmentUnit(rawValue: text) else {
                            throw InputError("segment must be sentence or response, not '\(text)'", at: field.value.location)
                        }
                        codebook.options.segment = unit
                    }
                }
            case "sets":
                setsNode = entry.value
            default:
                themesNode = entry.value
            }
        }
        guard hasName else {
            throw InputError("the codebook has no name", at: root.location, help: "add codebook: with name: under it")
        }
        guard let themesNode else {
            throw InputError("the codebook has no themes", at: root.location, help: "add themes: with at least one theme")
        }
        var seen: [String: SourceLocation] = [:]
        var guids: [String: SourceLocation] = [:]
        for node in try themesNode.list("themes") {
            codebook.themes.append(try code(node, seen: &seen, guids: &guids))
        }
        if let setsNode {
            codebook.sets = try sets(setsNode, codeIDs: seen, guids: &guids)
        }
        return codebook
    }

    /// `sets:`, a list of code sets, each naming codes of this codebook by id.
    private static func sets(_ node: YAMLValue, codeIDs: [String: SourceLocation], guids: inout [String: SourceLocation]) throws(InputError) -> [CodeSet] {
        var sets: [CodeSet] = []
        for item in try node.list("sets") {
            var set = CodeSet(name: "", declaredAt: item.location)
            var hasName = false
            for entry in try item.mapping(item.peek("name").map { "set '\($0)'" } ?? "a set", allowed: setKeys) {
                switch entry.key {
                case "name":
                    set.name = try entry.value.string("name")
                    hasName = !set.name.trimmedWhitespace.isEmpty
                case "guid": set.guid = try guid(entry.value, guids: &guids)
                case "description": set.description = try entry.value.string("description")
                default:
                    for member in try entry.value.list("codes") {
                        let id = try member.string("each of codes")
                        guard codeIDs[id] != nil else {
                            throw InputError("set '\(set.name)' names code '\(id)', which the codebook does not have", at: member.location)
                        }
                        set.codeIDs.append(id)
                    }
                }
            }
            guard hasName else { throw InputError("a set has no name", at: item.location, help: "add name: to the set") }
            sets.append(set)
        }
        return sets
    }

    /// A GUID, which no other code or set may have (compared without case or braces).
    private static func guid(_ node: YAMLValue, guids: inout [String: SourceLocation]) throws(InputError) -> String {
        let text = try node.string("guid")
        let key = QDACodebook.normalised(text)
        guard !key.isEmpty else { throw InputError("guid is empty", at: node.location, help: "remove the key or give the GUID") }
        if let first = guids[key] {
            throw InputError("guid \(text) is used twice (first at line \(first.line ?? 0))", at: node.location, help: "each code and set has its own GUID")
        }
        guids[key] = node.location
        return text
    }

    private static func code(_ node: YAMLValue, seen: inout [String: SourceLocation], guids: inout [String: SourceLocation]) throws(InputError) -> Code {
        let entries = try node.mapping(node.peek("id").map { "code '\($0)'" } ?? "a code", allowed: codeKeys)
        guard let idEntry = entries.first(where: { $0.key == "id" }) else {
            throw InputError("a code has no id", at: node.location, help: "add id: with a lowercase name such as mental-health")
        }
        let id = try idEntry.value.string("id")
        guard isCodeID(id) else {
            throw InputError(
                "code id '\(id)' must be lowercase letters, digits and '-', starting with a letter or digit",
                at: idEntry.value.location
            )
        }
        if let first = seen[id] {
            throw InputError("code id '\(id)' is used twice (first at line \(first.line ?? 0))", at: idEntry.value.location, help: "give each code its own id")
        }
        seen[id] = idEntry.value.location
        var code = Code(id: id, label: "", declaredAt: idEntry.value.location)
        var hasLabel = false
        var children: [YAMLValue] = []
        for entry in entries {
            let value = entry.value
            switch entry.key {
            case "label":
                code.label = try value.string("label")
                hasLabel = true
            case "description", "definition":
                guard code.definition == nil else {
                    throw InputError("code '\(id)' has both description and definition", at: entry.at, help: "keep one")
                }
                code.definition = try value.string(entry.key)
            case "include": code.include = try value.string("include")
            case "exclude_guidance": code.excludeGuidance = try value.string("exclude_guidance")
            case "patterns": code.patterns = try patterns(value, "patterns")
            case "exclude": code.exclude = try patterns(value, "exclude")
            case "negation": code.negation = try value.bool("negation")
            case "applies_to": code.appliesTo = try value.strings("applies_to")
            case "examples": code.examples = try value.strings("examples")
            case "color": code.color = try value.string("color")
            case "guid": code.guid = try guid(value, guids: &guids)
            case "codable": code.isCodable = try value.bool("codable")
            case "codes": children = try value.list("codes")
            default: break
            }
        }
        guard hasLabel else {
            throw InputError("code '\(id)' has no label", at: idEntry.value.location, help: "add label: with a short name")
        }
        for child in children { code.codes.append(try Self.code(child, seen: &seen, guids: &guids)) }
        return code
    }

    private static func patterns(_ node: YAMLValue, _ what: String) throws(InputError) -> [PatternSource] {
        var patterns: [PatternSource] = []
        for item in try node.list(what) {
            patterns.append(PatternSource(try item.string("each of \(what)"), declaredAt: item.location))
        }
        return patterns
    }

    /// `[a-z0-9][a-z0-9-]*` (codebook spec §1).
    public static func isCodeID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
