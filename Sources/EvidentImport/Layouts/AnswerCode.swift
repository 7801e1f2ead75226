import EvidentModel

/// An answer written with its answer code after the label, as LimeSurvey's "answer codes and
/// text" export writes them: `Strongly agree (7)`, `Ja (A1)`.
enum AnswerCode {
    /// The label of `value` when it ends in a bracketed code of one to five letters or digits
    /// after a space (`Strongly agree (7)` → `Strongly agree`); `nil` otherwise.
    static func label(of value: String) -> String? {
        let trimmed = value.trimmedWhitespace
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let code = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard (1...5).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        let label = trimmed[..<open]
        guard label.last == " " else { return nil }
        let text = String(label).trimmedWhitespace
        return text.isEmpty ? nil : text
    }

    /// The code of `value` (`Strongly agree (7)` → `7`), when it carries one.
    static func code(of value: String) -> String? {
        guard label(of: value) != nil else { return nil }
        let trimmed = value.trimmedWhitespace
        guard let open = trimmed.lastIndex(of: "(") else { return nil }
        return String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
    }
}
