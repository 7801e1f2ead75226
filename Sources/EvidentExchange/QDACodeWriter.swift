import EvidentFormats
import EvidentImport
import EvidentModel

/// Writes codes as REFI-QDA `<Code>` elements, shared by `.qdc` codebooks and `.qdpx` projects.
///
/// - `guid`: `StableGUID.code(id, inCodebook: name)`, the same on every export.
/// - `name`: the label; `isCodable="true"` for every code (Evident's themes are codable too, and
///   QualCoder turns a codable code with sub-codes into a category plus a code of that name).
/// - `<Description>`: the definition, inclusion and exclusion guidance and examples for people,
///   then the `evident` block (`DescriptionBlock`) with the id and everything REFI-QDA has no
///   place for, which `QDACodebookReader` reads back.
enum QDACodeWriter {
    static func write(_ codes: [Code], codebook: String, into xml: inout XMLLines) {
        for code in codes {
            xml.open("Code", [
                ("guid", StableGUID.code(code.id, inCodebook: codebook).description), ("name", code.label), ("isCodable", "true"),
                ("color", code.color.flatMap(validColor)),
            ])
            xml.element("Description", text: description(of: code))
            write(code.codes, codebook: codebook, into: &xml)
            xml.close("Code")
        }
    }

    /// The human text, then the machine block.
    static func description(of code: Code) -> String {
        var parts: [String] = []
        if let definition = code.definition { parts.append(definition) }
        if let include = code.include { parts.append("Include: " + include) }
        if let guidance = code.excludeGuidance { parts.append("Exclude: " + guidance) }
        if !code.examples.isEmpty { parts.append((["Examples:"] + code.examples.map { "- " + $0 }).joined(separator: "\n")) }
        var block = ["id: " + YAMLScalar.render(code.id)] + CodebookYAMLWriter.fields(of: code, indent: "")
        if let color = code.color, validColor(color) == nil { block.append("color: " + YAMLScalar.render(color)) }
        parts.append((["```" + DescriptionBlock.code] + block + ["```"]).joined(separator: "\n"))
        return parts.joined(separator: "\n\n")
    }

    /// The codebook's own block (name, version, language, description, options).
    static func header(of codebook: Codebook) -> String {
        var block = ["name: " + YAMLScalar.render(codebook.name)]
        if let version = codebook.version { block.append("version: " + YAMLScalar.render(version)) }
        block.append("language: " + YAMLScalar.render(codebook.language))
        if let description = codebook.description { block.append("description: " + YAMLScalar.render(description)) }
        block += [
            "options:", "  negation: \(codebook.options.negation)", "  stemming: \(codebook.options.stemming)",
            "  segment: \(codebook.options.segment.rawValue)",
        ]
        let human = "The Evident codebook \"\(codebook.name)\"\(codebook.version.map { " version \($0)" } ?? ""). "
            + "Its coding options follow; each code's patterns are in the code's own description."
        return human + "\n\n" + (["```" + DescriptionBlock.codebook] + block + ["```"]).joined(separator: "\n")
    }

    /// `#RRGGBB` or `#RGB` as REFI-QDA's `RGBType` allows; anything else is left out.
    static func validColor(_ color: String) -> String? {
        let hex = color.dropFirst()
        guard color.hasPrefix("#"), hex.count == 6 || hex.count == 3, hex.allSatisfy(\.isHexDigit) else { return nil }
        return color
    }
}
