/// Escapes text for XML 1.0 so what is written reads back exactly.
///
/// `&`, `<`, `>` and (in attributes) `"` become entities; carriage returns always, and tabs and
/// line feeds in attributes, become character references, because a parser would otherwise
/// normalise them (CRLF to LF in text, any white space to a space in attributes). Characters XML
/// 1.0 cannot carry at all — control characters other than tab, LF and CR, U+FFFE and U+FFFF —
/// become U+FFFD, the replacement character.
enum XMLEscape {
    static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "\r": output += "&#13;"
            case "\n" where inAttribute: output += "&#10;"
            case "\t" where inAttribute: output += "&#9;"
            default:
                let value = scalar.value
                if (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0xFFFE || value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}

/// Builds an indented XML document line by line.
struct XMLLines {
    private(set) var lines: [String] = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
    private var depth = 0

    /// `<name a="1">` (or `<name a="1"/>` when `empty`), attributes with nil values left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = [], empty: Bool = false) {
        let rendered = attributes.compactMap { key, value in value.map { " \(key)=\"\(XMLEscape.attribute($0))\"" } }.joined()
        lines.append(indent + "<\(name)\(rendered)\(empty ? "/" : "")>")
        if !empty { depth += 1 }
    }

    mutating func close(_ name: String) {
        depth -= 1
        lines.append(indent + "</\(name)>")
    }

    /// `<name>text</name>` on one line, the text escaped and never indented.
    mutating func element(_ name: String, text: String) {
        lines.append(indent + "<\(name)>\(XMLEscape.text(text))</\(name)>")
    }

    var rendered: String {
        lines.joined(separator: "\n") + "\n"
    }

    private var indent: String {
        String(repeating: "  ", count: depth)
    }
}
