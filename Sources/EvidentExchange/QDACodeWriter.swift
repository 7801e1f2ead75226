import EvidentFormats
import EvidentImport
import EvidentModel

/// Writes codes as REFI-QDA `<Code>` elements, shared by `.qdc` codebooks and `.qdpx` projects.
///
/// - `guid`: the GUID the code came with from another tool, exactly as written; for a code made
///   in Evident, `StableGUID.code(id, inCodebook: name)`, the same on every export.
/// - `name`: the label; `isCodable`: as the code says (`codable: false` for a category, true
///   otherwise: Evident's themes are codable, and QualCoder turns a codable code with sub-codes
///   into a category plus a code of that name).
/// - `<Description>`: the definition, exactly; when the code also has inclusion or exclusion
///   guidance or examples, those follow it for people to read (`Include: …`, `Exclude: …`,
///   `Examples:`), and the definition travels in the instruction too.
/// - An `evident` processing instruction (`QDAInstruction`) first, with the id and what REFI-QDA
///   has no place for, which `QDACodebookReader` reads back; descriptions hold no machine text.
enum QDACodeWriter {
    static func write(_ codes: [Code], codebook: String, into xml: inout XMLLines) {
        for code in codes {
            xml.open("Code", [
                ("guid", guid(of: code, codebook: codebook)), ("name", code.label), ("isCodable", code.isCodable ? "true" : "false"),
                ("color", code.color.flatMap(validColor)),
            ])
            xml.instruction(QDAInstruction.code, lines: instruction(of: code))
            if let description = description(of: code) { xml.element("Description", text: description) }
            write(code.codes, codebook: codebook, into: &xml)
            xml.close("Code")
        }
    }

    /// The GUID a code is exported with.
    static func guid(of code: Code, codebook: String) -> String {
        code.guid ?? StableGUID.code(code.id, inCodebook: codebook).description
    }

    /// Whether the description is made from more than the definition.
    private static func isComposed(_ code: Code) -> Bool {
        code.include != nil || code.excludeGuidance != nil || !code.examples.isEmpty
    }

    /// The text people read in a QDA tool, or `nil` when the code has nothing to say.
    static func description(of code: Code) -> String? {
        guard isComposed(code) else { return code.definition }
        var parts: [String] = []
        if let definition = code.definition { parts.append(definition) }
        if let include = code.include { parts.append("Include: " + include) }
        if let guidance = code.excludeGuidance { parts.append("Exclude: " + guidance) }
        if !code.examples.isEmpty { parts.append((["Examples:"] + code.examples.map { "- " + $0 }).joined(separator: "\n")) }
        return parts.joined(separator: "\n\n")
    }

    /// The instruction's YAML lines: the id, then the codebook file's own fields (the definition
    /// only when the description is composed), then a colour the `color` attribute cannot hold.
    static func instruction(of code: Code) -> [String] {
        var shown = code
        if !isComposed(code) { shown.definition = nil }
        var lines = ["id: " + InstructionScalar.render(code.id)]
        lines += CodebookYAMLWriter.fields(of: shown, indent: "", scalar: InstructionScalar.render)
        if let color = code.color, validColor(color) == nil { lines.append("color: " + InstructionScalar.render(color)) }
        return lines
    }

    /// The codebook's instruction: name, version, language, description, options.
    static func header(of codebook: Codebook) -> [String] {
        var block = ["name: " + InstructionScalar.render(codebook.name)]
        if let version = codebook.version { block.append("version: " + InstructionScalar.render(version)) }
        block.append("language: " + InstructionScalar.render(codebook.language))
        if let description = codebook.description { block.append("description: " + InstructionScalar.render(description)) }
        block += [
            "options:", "  negation: \(codebook.options.negation)", "  stemming: \(codebook.options.stemming)",
            "  segment: \(codebook.options.segment.rawValue)",
        ]
        return block
    }

    /// `#RRGGBB` or `#RGB` as REFI-QDA's `RGBType` allows; anything else is left out.
    static func validColor(_ color: String) -> String? {
        let hex = color.dropFirst()
        guard color.hasPrefix("#"), hex.count == 6 || hex.count == 3, hex.allSatisfy(\.isHexDigit) else { return nil }
        return color
    }
}

/// A YAML scalar that can stand inside a processing instruction: `YAMLScalar`'s form, with the
/// `>` of any `?>` (which would end the instruction) and the two characters XML cannot carry
/// (U+FFFE, U+FFFF) written as escapes of a double-quoted scalar.
enum InstructionScalar {
    static func render(_ text: String) -> String {
        let needsEscapes = text.contains("?>") || text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF }
        guard needsEscapes else { return YAMLScalar.render(text) }
        var output = ""
        var previous: Unicode.Scalar?
        for scalar in YAMLScalar.quoted(text).unicodeScalars {
            switch scalar {
            case ">" where previous == "?": output += "\\u003E"
            case "\u{FFFE}": output += "\\uFFFE"
            case "\u{FFFF}": output += "\\uFFFF"
            default: output.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return output
    }
}
