import EvidentModel

/// One lenient pass over a composed codebook: reads what it can into a `Codebook`, records every
/// structural problem, and never stops early.
struct LenientCodebookWalk {
    let file: String
    /// The file's physical lines, to check that a pattern's text stands verbatim where it starts.
    let lines: [[Unicode.Scalar]]
    var problems: [InputError] = []

    /// The codebook under `root`, with every problem of its header, options and codes.
    mutating func codebook(_ root: YAMLNode) -> Codebook {
        var codebook = Codebook(name: "", themes: [])
        var hasName = false
        var themes: YAMLNode?
        var sets: YAMLNode?
        for entry in entries(of: root, "the codebook file", allowed: CodebookReader.topKeys) {
            switch entry.key {
            case "codebook":
                for field in entries(of: entry.value, "codebook", allowed: CodebookReader.headerKeys) {
                    let text = string(field.value, field.key)
                    switch field.key {
                    case "name":
                        codebook.name = text ?? ""
                        hasName = !(text ?? "").trimmedWhitespace.isEmpty
                    case "version": codebook.version = text
                    case "language": codebook.language = text ?? codebook.language
                    default: codebook.description = text
                    }
                }
            case "options":
                options(entry.value, into: &codebook.options)
            case "sets":
                sets = entry.value
            default:
                themes = entry.value
            }
        }
        let start = location(root)
        if !hasName {
            problems.append(InputError("the codebook has no name", at: start, help: "add codebook: with name: under it"))
        }
        guard let themes else {
            problems.append(InputError("the codebook has no themes", at: start, help: "add themes: with at least one theme"))
            return codebook
        }
        codebook.themes = list(themes, "themes").compactMap { code($0) }
        if let sets { codebook.sets = codeSets(sets, codebook: codebook) }
        return codebook
    }

    private mutating func options(_ node: YAMLNode, into options: inout CodingOptions) {
        for field in entries(of: node, "options", allowed: CodebookReader.optionKeys) {
            switch field.key {
            case "negation": options.negation = bool(field.value, "negation") ?? options.negation
            case "stemming": options.stemming = bool(field.value, "stemming") ?? options.stemming
            default:
                guard let text = string(field.value, "segment") else { continue }
                guard let unit = SegmentUnit(rawValue: text) else {
                    problems.append(InputError("segment must be sentence or response, not '\(text)'", at: location(field.value)))
                    continue
                }
                options.segment = unit
            }
        }
    }

    /// One code and its sub-codes; `nil` only when the node is not a mapping.
    private mutating func code(_ node: YAMLNode) -> Code? {
        let idText = node.mapping?.first { $0.key.scalar?.string == "id" }?.value.scalar?.string
        let what = idText.map { "code '\($0)'" } ?? "a code"
        guard node.mapping != nil else {
            problems.append(InputError("\(what) must be a mapping of keys to values", at: location(node)))
            return nil
        }
        let fields = entries(of: node, what, allowed: CodebookReader.codeKeys)
        var code = Code(id: "", label: "", declaredAt: location(node))
        if let idField = fields.first(where: { $0.key == "id" }), let id = string(idField.value, "id") {
            code.id = id
            code.declaredAt = location(idField.value)
            if !CodebookReader.isCodeID(id) {
                problems.append(InputError(
                    "code id '\(id)' must be lowercase letters, digits and '-', starting with a letter or digit",
                    at: location(idField.value)))
            }
        } else if !fields.contains(where: { $0.key == "id" }) {
            problems.append(InputError(
                "a code has no id", at: location(node), help: "add id: with a lowercase name such as mental-health"))
        }
        for field in fields {
            read(field, into: &code, what: what)
        }
        return code
    }

    private mutating func read(_ field: (key: String, value: YAMLNode, at: SourceLocation), into code: inout Code, what: String) {
        let value = field.value
        switch field.key {
        case "id": break
        case "label": code.label = string(value, "label") ?? ""
        case "description", "definition":
            if code.definition != nil {
                problems.append(InputError("\(what) has both description and definition", at: field.at, help: "keep one"))
            }
            code.definition = string(value, field.key)
        case "include": code.include = string(value, "include")
        case "exclude_guidance": code.excludeGuidance = string(value, "exclude_guidance")
        case "patterns": code.patterns = patterns(value, "patterns")
        case "exclude": code.exclude = patterns(value, "exclude")
        case "negation": code.negation = bool(value, "negation")
        case "applies_to": code.appliesTo = strings(value, "applies_to")
        case "examples": code.examples = strings(value, "examples") ?? []
        case "color": code.color = string(value, "color")
        case "guid": code.guid = string(value, "guid")
        case "codable": code.isCodable = bool(value, "codable") ?? true
        default: code.codes = list(value, "codes").compactMap { self.code($0) }
        }
    }

    private mutating func patterns(_ node: YAMLNode, _ what: String) -> [PatternSource] {
        list(node, what).compactMap { item in
            string(item, "each of \(what)").map { PatternSource($0, declaredAt: textLocation(item, text: $0)) }
        }
    }
}
