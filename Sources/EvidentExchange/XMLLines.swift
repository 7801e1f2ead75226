import EvidentFormats
import EvidentImport

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

    /// `<?target first line` then the other lines at the current indent, then `?>` on a line of
    /// its own, or all on one line for a single line (`QDAInstruction` reads it back). The lines
    /// must not hold `?>`.
    mutating func instruction(_ target: String, lines body: [String]) {
        guard let first = body.first else { return }
        guard body.count > 1 else {
            lines.append(indent + "<?\(target) " + first + "?>")
            return
        }
        lines.append(indent + "<?\(target) " + first)
        lines += body.dropFirst().map { indent + $0 }
        lines.append(indent + "?>")
    }

    var rendered: String {
        lines.joined(separator: "\n") + "\n"
    }

    private var indent: String {
        String(repeating: "  ", count: depth)
    }
}
