import EvidentFormats

/// Text for a manifest draft: scalars any YAML reader gives back unchanged, and comments that
/// stay on their line.
enum YAMLText {
    /// Plain when the text is a simple id (letters, digits, `-`, `_`, `.`, starting with a
    /// letter, and not a YAML 1.1 boolean or null word); double-quoted with escapes otherwise.
    static func scalar(_ text: String) -> String {
        let isPlain = text.unicodeScalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
            && !specialWords.contains(text.lowercased())
        return isPlain ? text : quoted(text)
    }

    /// Always double-quoted: `"…"` with `\\`, `\"`, `\n`, `\r`, `\t` and `\uXXXX` escapes.
    static func quoted(_ text: String) -> String {
        YAMLQuoting.quoted(text)
    }

    /// A comment's text on one line.
    static func comment(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `line` padded to `column`, then `# comment`.
    static func line(_ line: String, comment text: String?, column: Int = 48) -> String {
        guard let text, !text.isEmpty else { return line }
        let padding = max(1, column - line.count)
        return line + String(repeating: " ", count: padding) + "# " + comment(text)
    }

    private static let specialWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    ]
}
