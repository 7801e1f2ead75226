import EvidentModel

/// The machine-readable block Evident appends to a REFI-QDA `<Description>`, so what the standard
/// has no place for (patterns, exclusions, negation, scope, examples, the codebook's options)
/// survives a trip through a `.qdc` or `.qdpx`:
///
///     Adult or child mental ill health.            ← the human text QDA tools show
///
///     ```evident                                    ← a fence line, then YAML, then a fence
///     id: mental-health
///     patterns:
///       - anxi*
///     ```
///
/// The block is the last thing in the description; the YAML inside it is what the codebook
/// reader reads back, so it is authoritative over the human text above it.
package enum DescriptionBlock {
    /// The info string of a code's block.
    package static let code = "evident"
    /// The info string of the codebook's own block (name, version, options).
    package static let codebook = "evident-codebook"

    /// The human text before a trailing block whose opening fence is "```" + `info`, the YAML
    /// inside it, and the 0-based line of the YAML's first line within `text`; `nil` when the text
    /// does not end with such a block.
    package static func split(_ text: String, info: String) -> (human: String, yaml: String, lineOffset: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        guard let closing = lines.lastIndex(where: { !String($0).trimmedWhitespace.isEmpty }),
            String(lines[closing]).trimmedWhitespace == "```"
        else {
            return nil
        }
        guard let opening = lines[..<closing].lastIndex(where: { String($0).trimmedWhitespace == "```" + info }) else { return nil }
        let human = lines[..<opening].joined(separator: "\n")
        let yaml = lines[(opening + 1)..<closing].joined(separator: "\n")
        return (human.trimmedWhitespace, yaml, opening + 1)
    }
}
