import EvidentModel

/// A story as read, before the rules are checked: any field may be missing.
struct StoryCandidate: Sendable, Hashable {
    var id: String?
    var title: String?
    var domain: String?
    var collected: String?
    var storyteller = Storyteller()
    var text: String?
    var significance: String?
    var selections: [Selection] = []
    /// The consent word as written (`<consent>`, or the mapped column); read by `Consent(reading:)`.
    var consent: String?
    /// The file it came from (a folder of submissions has several) and the line of its start.
    var file: String
    var line: Int
    /// Values of the data set's attributes that are not story fields (columns of a CSV file).
    var extraAttributes: [String: String] = [:]

    init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// Reads yes/no, true/false, 1/0 (any case); `nil` for blank or anything else.
    static func decision(_ raw: String) -> Bool? {
        switch raw.trimmedWhitespace.lowercased() {
        case "true", "yes", "y", "1", "selected": true
        case "false", "no", "n", "0", "not selected": false
        default: nil
        }
    }

    /// Trimmed text, or `nil` when nothing remains.
    static func nonBlank(_ raw: String?) -> String? {
        guard let text = raw?.trimmedWhitespace, !text.isEmpty else { return nil }
        return text
    }
}
