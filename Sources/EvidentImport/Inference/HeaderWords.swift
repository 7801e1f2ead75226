/// A column header as lower-case words, for matching it against what headers usually say:
/// camel case split (`RecipientFirstName` → `recipient first name`), punctuation and `_`
/// treated as spaces, and for element paths (`about/respondent`) only the last step.
struct HeaderWords: Sendable, Hashable {
    let words: [String]

    init(_ header: String) {
        let last = header.split(separator: "/").last.map(String.init) ?? header
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for scalar in last.unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            let isDigit = ("0"..."9").contains(scalar)
            guard isLetter || isDigit || scalar == "'" || scalar == "’" else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if scalar.properties.isUppercase, previousWasLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.unicodeScalars.append(contentsOf: (scalar == "’" ? "'" : String(scalar).lowercased()).unicodeScalars)
            previousWasLower = scalar.properties.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
    }

    /// The words joined by single spaces.
    var text: String { words.joined(separator: " ") }

    func contains(_ word: String) -> Bool { words.contains(word) }

    func containsAny(_ candidates: Set<String>) -> Bool { words.contains { candidates.contains($0) } }

    /// Whether the words hold `phrase` (space-separated words) consecutively.
    func contains(phrase: String) -> Bool {
        let wanted = phrase.split(separator: " ").map(String.init)
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
        return (0...(words.count - wanted.count)).contains { Array(words[$0..<($0 + wanted.count)]) == wanted }
    }
}
