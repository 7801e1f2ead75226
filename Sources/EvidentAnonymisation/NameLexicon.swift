/// The names a ``Redactor`` looks for: single names (`kerry`, `walsh`) and the pairs that
/// appear together in a full name (`kerry walsh`), all as look-up keys (lower case).
///
/// Names come from the study's names list and are learned from the export's name columns. A
/// column value is split into words; an email address contributes the words of its local part
/// (`sam.okafor@example.org` → `sam`, `okafor`) unless they are mailbox words (`info`,
/// `admin`). Words of one letter, words with digits, and words that are never names
/// (``RedactionVocabulary/notNames``: relationship words, pronouns, days, placeholders) are
/// not learned, nor is anything from non-answers such as "Prefer not to say" or "n/a".
/// A hyphenated name is learned whole and by its parts (`smith-jones`, `smith`, `jones`).
struct NameLexicon: Sendable, Hashable {
    /// Single names, as keys.
    private(set) var names: Set<String> = []
    /// Adjacent names of one full name, as `"first second"` keys.
    private(set) var pairs: Set<String> = []

    /// An empty lexicon.
    init() {}

    /// A lexicon of the names in `values` (list entries or column values).
    init(_ values: [String]) {
        for value in values { add(value) }
    }

    /// Whether `key` is a known single name.
    func contains(_ key: String) -> Bool {
        names.contains(key)
    }

    /// Whether `first` and `second` appear side by side in a known full name.
    func containsPair(_ first: String, _ second: String) -> Bool {
        pairs.contains(first + " " + second)
    }

    /// Learns the names in `value`: a name ("Kerry Walsh") or an email address.
    mutating func add(_ value: String) {
        let trimmed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !RedactionVocabulary.nonAnswers.contains(WordToken.key(trimmed)) else { return }
        var words: [String]
        let isEmail = trimmed.contains("@") && !trimmed.contains(" ")
        if isEmail, let at = trimmed.firstIndex(of: "@") {
            words = trimmed[..<at].split { !$0.isLetter && $0 != "'" }.map { WordToken.key(String($0)) }
            words.removeAll { RedactionVocabulary.mailboxWords.contains($0) }
        } else {
            words = WordToken.tokens(of: ScalarText(trimmed)).filter(\.isWord).map(\.lowercased)
        }
        words.removeAll { $0.count < 2 || RedactionVocabulary.notNames.contains($0) }
        for word in words {
            names.insert(word)
            if word.contains("-") {
                for part in word.split(separator: "-") where part.count >= 2 { names.insert(String(part)) }
            }
        }
        for (first, second) in zip(words, words.dropFirst()) { pairs.insert(first + " " + second) }
    }

    /// This lexicon with the names in `values` added.
    func adding(_ values: [String]) -> NameLexicon {
        var lexicon = self
        for value in values { lexicon.add(value) }
        return lexicon
    }
}
