/// Writes text as a YAML scalar that any YAML reader gives back unchanged: plain when that is
/// unambiguous, double-quoted with escapes otherwise.
///
/// Plain only when the text starts with a letter, holds only letters, digits, spaces and
/// `- _ ' * ( ) / , . ? ! & % + =`, does not end in a space, and is not a word YAML 1.1 or 1.2
/// reads as a boolean or null (`Yes`, `No`, `on`, `off`, `y`, `n`, `true`, `null`, `~`, …).
/// Everything else — numbers (`2016.1`), `:`, `#`, quotes, leading indicators, line breaks — is
/// double-quoted, with `\\`, `\"`, `\n`, `\r`, `\t` and `\uXXXX` escapes for control characters.
package enum YAMLScalar {
    private static let specialWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    ]

    package static func render(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    package static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, text.unicodeScalars.last != " " else {
            return false
        }
        guard !specialWords.contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " -_'*()/,.?!&%+=".unicodeScalars.contains(scalar)
        }
    }

    package static func quoted(_ text: String) -> String {
        YAMLQuoting.quoted(text)
    }
}
