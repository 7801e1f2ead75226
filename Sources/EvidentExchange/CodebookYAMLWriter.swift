import EvidentFormats
public import EvidentModel

/// Writes a codebook as the native YAML of codebook spec §1, which `CodebookReader` reads back to
/// the same codebook: every scalar through `YAMLScalar`, so `Yes`, `null`, `2016.1` or a pattern
/// with a colon stay text.
///
/// Keys come in the spec's order; empty optional fields are left out, except an explicitly empty
/// `applies_to: []` (which differs from an absent one: it applies the code nowhere). Options are
/// always written, so the file says how it codes. A code's REFI-QDA `guid` and `codable: false`
/// follow its label, and code sets come last, so a codebook from another tool goes back to it
/// with the same identities.
public enum CodebookYAMLWriter {
    public static func render(_ codebook: Codebook) -> String {
        var lines = ["codebook:", "  name: " + YAMLScalar.render(codebook.name)]
        if let version = codebook.version { lines.append("  version: " + YAMLScalar.render(version)) }
        lines.append("  language: " + YAMLScalar.render(codebook.language))
        if let description = codebook.description { lines.append("  description: " + YAMLScalar.render(description)) }
        lines += [
            "options:",
            "  negation: \(codebook.options.negation)",
            "  stemming: \(codebook.options.stemming)",
            "  segment: \(codebook.options.segment.rawValue)",
            "themes:",
        ]
        for theme in codebook.themes { write(theme, indent: "  ", into: &lines) }
        if !codebook.sets.isEmpty {
            lines.append("sets:")
            for set in codebook.sets {
                lines.append("  - name: " + YAMLScalar.render(set.name))
                if let guid = set.guid { lines.append("    guid: " + YAMLScalar.render(guid)) }
                if let description = set.description { lines.append("    description: " + YAMLScalar.render(description)) }
                lines.append("    codes:" + (set.codeIDs.isEmpty ? " []" : ""))
                lines += set.codeIDs.map { "      - " + YAMLScalar.render($0) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A code as a list item at `indent`, its sub-codes below it.
    static func write(_ code: Code, indent: String, into lines: inout [String]) {
        lines.append(indent + "- id: " + YAMLScalar.render(code.id))
        let inner = indent + "  "
        lines.append(inner + "label: " + YAMLScalar.render(code.label))
        if let guid = code.guid { lines.append(inner + "guid: " + YAMLScalar.render(guid)) }
        if !code.isCodable { lines.append(inner + "codable: false") }
        lines += fields(of: code, indent: inner)
        if let color = code.color { lines.append(inner + "color: " + YAMLScalar.render(color)) }
        guard !code.codes.isEmpty else { return }
        lines.append(inner + "codes:")
        for child in code.codes { write(child, indent: inner + "  ", into: &lines) }
    }

    /// The fields REFI-QDA has no place for, as YAML lines at `indent`: definition, include,
    /// exclude_guidance, patterns, exclude, negation, applies_to and examples (the same lines go
    /// into a REFI-QDA `evident` instruction, through `scalar`).
    static func fields(of code: Code, indent: String, scalar: (String) -> String = YAMLScalar.render) -> [String] {
        var lines: [String] = []
        if let definition = code.definition { lines.append(indent + "definition: " + scalar(definition)) }
        if let include = code.include { lines.append(indent + "include: " + scalar(include)) }
        if let guidance = code.excludeGuidance { lines.append(indent + "exclude_guidance: " + scalar(guidance)) }
        lines += list("patterns", code.patterns.map(\.text), indent: indent, scalar: scalar)
        lines += list("exclude", code.exclude.map(\.text), indent: indent, scalar: scalar)
        if let negation = code.negation { lines.append(indent + "negation: \(negation)") }
        if let appliesTo = code.appliesTo {
            lines += appliesTo.isEmpty ? [indent + "applies_to: []"] : list("applies_to", appliesTo, indent: indent, scalar: scalar)
        }
        lines += list("examples", code.examples, indent: indent, scalar: scalar)
        return lines
    }

    private static func list(_ key: String, _ values: [String], indent: String, scalar: (String) -> String) -> [String] {
        guard !values.isEmpty else { return [] }
        return [indent + key + ":"] + values.map { indent + "  - " + scalar($0) }
    }
}
