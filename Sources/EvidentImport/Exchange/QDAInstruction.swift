import EvidentModel

/// Evident's own fields in a REFI-QDA file: XML processing instructions, which the standard's
/// schemas neither forbid nor describe (XSD validation ignores them) and which every XML reader
/// the QDA tools use skips, so descriptions stay the researcher's own text:
///
///     <Code guid="…" name="Mental health" isCodable="true">
///       <?evident id: mental-health
///       patterns:
///         - anxi*
///       ?>
///       <Description>Adult or child mental ill health.</Description>
///     </Code>
///
/// `evident` holds a code's id and what REFI-QDA has no place for (patterns, exclusions,
/// negation, scope, examples, inclusion and exclusion guidance); `evident-codebook`, first in a
/// `<CodeBook>`, holds the codebook's name, version, language, description and options. The
/// data is YAML with the codebook file's own keys (`QDAFields`); its first line follows the
/// target, the others are indented as the instruction is.
///
/// Why not elsewhere: the REFI-QDA schemas have no extension points (no `xsd:any`, no
/// `anyAttribute`), so namespaced attributes or elements would fail the validation NVivo and
/// ATLAS.ti run on import; a block in `<Description>` (what Evident wrote before) survives but
/// shows in every tool as machine text. An instruction is dropped by a tool that re-exports the
/// codebook; Evident then reads the codes by their GUIDs and names, as codes from that tool.
package enum QDAInstruction {
    /// A code's instruction.
    package static let code = "evident"
    /// The codebook's instruction.
    package static let codebook = "evident-codebook"
    /// A project's instruction, first in `<Project>`: how its positions are counted
    /// (`positions: utf-16`, `line_breaks: crlf-as-one`), for the tool it was exported for.
    package static let project = "evident-project"

    /// The position rule a project's instruction states; `fallback` for anything it leaves out.
    package static func positions(_ data: String, default fallback: QDAPositions) -> QDAPositions {
        var rule = fallback
        for line in yaml(data).split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { String($0).trimmedWhitespace }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "positions": rule.unit = QDAPositions.Unit(rawValue: parts[1]) ?? rule.unit
            case "line_breaks": rule.crlfAsOne = parts[1] == "crlf-as-one"
            default: continue
            }
        }
        return rule
    }

    /// The element name `XMLStreamReader` gives an instruction with this target.
    package static func elementName(_ target: String) -> String {
        "?" + target
    }

    /// The YAML an instruction's data holds: the first line as it is, the rest without the
    /// indentation of the second line (the writer indents every line after the first alike).
    package static func yaml(_ data: String) -> String {
        var lines = data.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.trimmedWhitespace.isEmpty { lines.removeLast() }
        guard lines.count > 1 else { return lines.first ?? "" }
        let indent = lines[1].prefix { $0 == " " }.count
        let rest = lines[1...].map { line -> String in
            let spaces = line.prefix { $0 == " " }.count
            return String(line.dropFirst(min(spaces, indent)))
        }
        return ([lines[0]] + rest).joined(separator: "\n")
    }
}
