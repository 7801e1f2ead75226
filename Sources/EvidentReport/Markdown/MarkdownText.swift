import Mustache

/// Escapes text for Markdown table cells and paragraphs: characters that Markdown or inline
/// HTML would interpret are backslash-escaped or written as entities, and line breaks become
/// spaces (a table row is one line). Registered as the `MARKDOWN` Mustache content type, so
/// `{{value}}` in a Markdown template is always escaped this way.
struct MarkdownText: MustacheContentType {
    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var previousWasBreak = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r", "\n":
                if !previousWasBreak { output += " " }
                previousWasBreak = true
                continue
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                output += "\\" + String(scalar)
            default:
                output.unicodeScalars.append(scalar)
            }
            previousWasBreak = false
        }
        return output
    }
}
