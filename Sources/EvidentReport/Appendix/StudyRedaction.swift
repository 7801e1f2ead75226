import EvidentAnalysis
import EvidentAnonymisation
import EvidentImport
import EvidentModel

/// The redactor for one study: its names list (`names:` in the manifest, one name per line,
/// `#` starting a comment) and every value of every data set's personal-data columns, plus,
/// per quote, the respondent's own name and email fields.
struct StudyRedaction {
    let redactor: Redactor
    /// Every word of the names list and of the name columns, lower-cased: a term made only of
    /// lower-case words ("kerry", from the tokeniser) is checked against it.
    private let nameWords: Set<String>

    init(_ results: StudyResults) throws(InputError) {
        var names: [String] = []
        if let path = results.spec.namesPath {
            for line in try FilePaths.readText(path).split(whereSeparator: \.isNewline) {
                let name = String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmedWhitespace
                if !name.isEmpty { names.append(name) }
            }
        }
        var columnValues: [String] = []
        for dataset in results.datasets {
            for respondent in dataset.respondents { columnValues += respondent.personalDetails.filter(Self.isNameOrEmail) }
        }
        redactor = Redactor(names: names, nameColumnValues: columnValues)
        nameWords = Set((names + columnValues.filter { !$0.contains("@") }).flatMap {
            $0.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        })
    }

    /// Whether any word of `term` is a listed or learned name.
    func isListedName(_ term: String) -> Bool {
        term.lowercased().split(separator: " ").contains { nameWords.contains(String($0)) }
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
