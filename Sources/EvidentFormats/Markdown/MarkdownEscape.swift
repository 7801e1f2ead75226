/// Escapes text for Markdown table cells and paragraphs so free text can never become markup:
/// Markdown's punctuation is backslash-escaped, a `<` that could open an HTML tag (followed by a
/// letter, `/`, `!` or `?`) becomes `\<`, an `&` that could start an entity becomes `&amp;`,
/// and line breaks become spaces (a table row is one line). Other `<` and `&` stay as they are
/// so "p <0.001" and "A&E" read naturally (CommonMark treats neither as markup).
package enum MarkdownEscape {
    package static func text(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var previousWasBreak = false
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\r", "\n":
                if !previousWasBreak { output += " " }
                previousWasBreak = true
                continue
            case "<":
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                output += next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" ? "\\<" : "<"
            case "&":
                output += startsEntity(scalars, at: index) ? "&amp;" : "&"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", ">":
                output += "\\" + String(scalar)
            default:
                output.unicodeScalars.append(scalar)
            }
            previousWasBreak = false
        }
        return output
    }

    /// Whether `&` at `index` begins something CommonMark could read as an entity: `&name;`,
    /// `&#123;` or `&#x1F;`.
    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index + 1
        var length = 0
        while position < scalars.count, length <= 32 {
            let scalar = scalars[position]
            if scalar == ";" { return length > 0 }
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#" else { return false }
            position += 1
            length += 1
        }
        return false
    }
}
