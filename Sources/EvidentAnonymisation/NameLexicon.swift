/// The names a ``Redactor`` looks for, all as look-up keys (lower case), from two sources only:
///
/// - **The names list**: each entry is a phrase, replaced only whole. A one-word entry
///   ("Kerry", "Thornby") is a single name; an entry of several words ("Bank Street", "Gemma
///   Hartley", "The Larches") is replaced where all its words appear together, and never
///   teaches its words one by one, so listing "Bank Street" leaves "the food bank" and "Station
///   Road" alone. A title opening an entry ("Mrs Pryce") must be there for the entry to match,
///   and stays in the text, as titles do elsewhere.
/// - **Name columns** (the export's name fields, and the respondent's own): each value is
///   split into words, and each word that could be a name is learned, with the pairs that
///   stand side by side in a full name (`kerry walsh`). Words of one letter, words with digits,
///   words that are never names (``RedactionVocabulary/notNames``: relationship words,
///   pronouns, days, placeholders), and the words of services and streets
///   (``RedactionVocabulary/serviceWords``: "Family Support Worker" typed into a name field
///   teaches nothing) are not learned, nor is anything from
///   non-answers such as "Prefer not to say" or "n/a". A hyphenated name is learned whole and
///   by its parts (`smith-jones`, `smith`, `jones`).
///
/// Month names are not learned either (a date of birth typed into a personal-data column would
/// teach "march"), except those that are also first names (April, May, June, August), which
/// the rules for ordinary-word names then guard.
///
/// **Nothing is learned from an e-mail address** (nor from a web address). Local parts are not names: split at dots and
/// digits, `peter.anc3g.dc@…` would teach `anc` and `dc`, and every "DC" (a detective
/// constable) and "ANC" (antenatal clinic) would become `[name]`. An address is still replaced
/// wherever it appears, as `[email]`.
struct NameLexicon: Sendable, Hashable {
    /// A names-list entry of several words, as keys; `kept` leading words (a title) are
    /// matched but not replaced.
    struct Phrase: Sendable, Hashable {
        let words: [String]
        let kept: Int
    }

    /// Single names, as keys: the names list's one-word entries and the words learned.
    private(set) var names: Set<String> = []
    /// The names list's one-word entries, as keys: replaced wherever they stand, even before a
    /// street word ("Thornby Road" when "Thornby" is listed).
    private(set) var listed: Set<String> = []
    /// Adjacent names of one full name from a name column, as `"first second"` keys.
    private(set) var pairs: Set<String> = []
    /// Names-list entries of several words, by their first word's key.
    private(set) var phrases: [String: [Phrase]] = [:]

    /// An empty lexicon.
    init() {}

    /// A lexicon of a names list and the values of name columns.
    init(list: [String], columnValues: [String]) {
        for entry in list { addListEntry(entry) }
        for value in columnValues { add(value) }
    }

    /// Whether `key` is a known single name.
    func contains(_ key: String) -> Bool {
        names.contains(key)
    }

    /// Whether `key` is a one-word entry of the names list.
    func isListed(_ key: String) -> Bool {
        listed.contains(key)
    }

    /// Whether `first` and `second` appear side by side in a known full name.
    func containsPair(_ first: String, _ second: String) -> Bool {
        pairs.contains(first + " " + second)
    }

    /// The names-list phrases that begin with `key`.
    func phrases(startingWith key: String) -> [Phrase] {
        phrases[key] ?? []
    }

    /// Adds one entry of the names list: a single name, or a phrase replaced only whole.
    mutating func addListEntry(_ entry: String) {
        let words = WordToken.tokens(of: ScalarText(entry)).map(\.lowercased)
        guard let first = words.first, !RedactionVocabulary.nonAnswers.contains(WordToken.key(entry.split(whereSeparator: \.isWhitespace).joined(separator: " "))) else { return }
        if words.count == 1 {
            if first.count >= 2, !RedactionVocabulary.notNames.contains(first) {
                names.insert(first)
                listed.insert(first)
            }
            return
        }
        let titles = Set(RedactionVocabulary.titles.map(WordToken.key))
        let kept = words.prefix { titles.contains($0) }.count
        guard kept < words.count else { return }
        phrases[first, default: []].append(Phrase(words: words, kept: kept))
    }

    /// Learns the names in one value of a name column ("Kerry Walsh"); an e-mail address
    /// teaches nothing.
    mutating func add(_ value: String) {
        let trimmed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !trimmed.contains("@"), !trimmed.contains("://"), !trimmed.lowercased().hasPrefix("www."),
            !RedactionVocabulary.nonAnswers.contains(WordToken.key(trimmed))
        else { return }
        var words = WordToken.tokens(of: ScalarText(trimmed)).filter(\.isWord).map(\.lowercased)
        words.removeAll { !Self.isLearnable($0) }
        for word in words {
            names.insert(word)
            if word.contains("-") {
                for part in word.split(separator: "-") where Self.isLearnable(String(part)) { names.insert(String(part)) }
            }
        }
        for (first, second) in zip(words, words.dropFirst()) { pairs.insert(first + " " + second) }
    }

    /// This lexicon with the names in the name-column values `values` added.
    func adding(_ values: [String]) -> NameLexicon {
        var lexicon = self
        for value in values { lexicon.add(value) }
        return lexicon
    }

    /// Whether a word of a name column may be learned as a name.
    private static func isLearnable(_ word: String) -> Bool {
        word.count >= 2 && !RedactionVocabulary.notNames.contains(word) && !RedactionVocabulary.serviceWords.contains(word)
            && (RedactionVocabulary.months[word] == nil || RedactionVocabulary.monthNames.contains(word))
    }
}
