/// Escapes text for XML 1.0 so what is written reads back exactly.
///
/// `&`, `<`, `>` and (in attributes) `"` become entities; carriage returns always, and tabs and
/// line feeds in attributes, become character references, because a parser would otherwise
/// normalise them (CRLF to LF in text, any white space to a space in attributes). Characters XML
/// 1.0 cannot carry at all — control characters other than tab, LF and CR, U+FFFE and U+FFFF —
/// become U+FFFD, the replacement character.
package enum XMLEscape {
    package static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    package static func attribute(_ value: String) -> String {
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
