/// A name a reader can take in, made from an identifier or a column code when nobody wrote a
/// label: `got_help` → "Got help", `AGE` → "Age", `young-people-2016` → "Young people 2016".
/// Text that already reads as words (it holds a space, or is a plain lowercase or capitalised
/// word) keeps its spelling, capitalised; numbers and ranges ("16-17") are left alone.
public enum ReadableName {
    public static func of(_ name: String) -> String {
        let text = name.trimmedWhitespace
        guard text.contains(where: \.isLetter), !text.contains(" ") else { return text }
        var words = text.split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
        if words.isEmpty { return text }
        let letters = text.filter(\.isLetter)
        let shouting = letters.count > 1 && letters.allSatisfy(\.isUppercase)
        if shouting || words.count > 1 { words = words.map { $0.lowercased() } }
        let joined = words.joined(separator: " ")
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }
}
