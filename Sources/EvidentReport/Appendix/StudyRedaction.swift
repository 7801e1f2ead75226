import EvidentAnalysis
import EvidentAnonymisation
import EvidentImport
import EvidentModel

/// The redactor for one study: its names list (`names:` in the manifest, one name per line,
/// `#` starting a comment; each line replaced only whole) and every value of every data set's
/// personal-data columns, plus, per quote, the respondent's own name and email fields.
struct StudyRedaction {
    let redactor: Redactor
    /// The one-word entries of the names list and every word of the name columns, lower-cased:
    /// a term made only of lower-case words ("kerry", from the tokeniser) is checked against it.
    private let nameWords: Set<String>
    /// The names list's entries of several words, lower-cased ("bank street"): a term holding
    /// one is a listed name; its words alone are not.
    private let namePhrases: [String]

    init(_ results: StudyResults) throws(InputError) {
        var names: [String] = []
        if let path = results.spec.namesPath {
            for line in try FilePaths.readText(path).split(whereSeparator: \.isNewline) {
                let name = String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmedWhitespace
                if !name.isEmpty { names.append(name) }
            }
        }
        let columnValues = results.quoteMaterial.personalDetails.filter(Self.isNameOrEmail)
        redactor = Redactor(names: names, nameColumnValues: columnValues)
        func words(_ text: String) -> [String] { text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init) }
        let entries = names.map(words).filter { !$0.isEmpty }
        nameWords = Set(entries.filter { $0.count == 1 }.flatMap { $0 } + columnValues.filter { !$0.contains("@") }.flatMap(words))
        namePhrases = entries.filter { $0.count > 1 }.map { $0.joined(separator: " ") }
    }

    /// Whether `term` holds a listed or learned name: one of its words, or a listed phrase.
    func isListedName(_ term: String) -> Bool {
        let words = term.lowercased().split(separator: " ").map(String.init)
        let text = " " + words.joined(separator: " ") + " "
        return words.contains { nameWords.contains($0) } || namePhrases.contains { text.contains(" \($0) ") }
    }

    /// The text with personal data replaced, using the respondent's own details too.
    func redact(_ text: String, for respondent: Respondent?) -> Redaction {
        let details = respondent?.personalDetails.filter(Self.isNameOrEmail) ?? []
        return redactor.redact(
            text, respondentNames: details.filter { !$0.contains("@") }, respondentEmails: details.filter { $0.contains("@") }
        )
    }

    /// Personal-data columns also hold IP addresses and coordinates; only names and emails
    /// are looked for in free text.
    static func isNameOrEmail(_ value: String) -> Bool {
        value.contains("@") || value.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
