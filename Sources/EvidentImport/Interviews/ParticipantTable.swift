import EvidentModel

/// The participants CSV: one row per person interviewed, read with `CSVReader` (any encoding,
/// delimiter and quoting it reads).
///
/// Columns, matched ignoring case, spaces and underscores:
/// - `participant` (or `participant id`, `id`) — required: the id transcripts use;
/// - `pseudonym` (or `alias`) — what quotes are attributed to;
/// - `name` (or `real name`, `full name`) and `other names` (or `names mentioned`; several
///   separated by `;`) — personal: never reported, only used to redact quotes (a child's name,
///   a partner's name);
/// - every other column is an attribute (`role`, `age band`, `group` …), in the CSV's order.
///
/// A row with the wrong number of fields, a blank id or an id already seen is skipped with a
/// warning naming its line.
struct ParticipantTable: Sendable {
    static let idColumns: Set<String> = ["participant", "participant id", "id"]
    static let pseudonymColumns: Set<String> = ["pseudonym", "alias"]
    static let nameColumns: Set<String> = ["name", "real name", "full name", "participant name"]
    static let otherNameColumns: Set<String> = ["other names", "names mentioned", "names"]

    /// The CSV as shown to the user.
    var file: String
    /// Its name alone, for messages (`participants.csv`).
    var fileName: String
    var attributeNames: [String]
    var participants: [Participant]
    var diagnostics: [Diagnostic]
    /// SHA-256 of the CSV's bytes.
    var sha256: String
    private var byID: [String: Int]
    private var byLowercasedID: [String: Int]

    init(path: String) throws(InputError) {
        file = FilePaths.display(path)
        fileName = path.split(separator: "/").last.map(String.init) ?? path
        let reader = try CSVReader(path: path, displayPath: file)
        guard let header = try reader.next() else {
            throw InputError("the participants CSV is empty", at: SourceLocation(file: file), help: Self.layoutHelp)
        }
        let keys = header.fields.map(Self.normalise)
        guard let idColumn = keys.firstIndex(where: Self.idColumns.contains) else {
            throw InputError("the participants CSV has no participant column", at: SourceLocation(file: file, line: header.line), help: Self.layoutHelp)
        }
        let pseudonymColumn = keys.firstIndex(where: Self.pseudonymColumns.contains)
        let nameColumns = keys.indices.filter { Self.nameColumns.contains(keys[$0]) }
        let otherNameColumns = keys.indices.filter { Self.otherNameColumns.contains(keys[$0]) }
        let special = Set([idColumn] + [pseudonymColumn].compactMap { $0 } + nameColumns + otherNameColumns)
        let attributeColumns = keys.indices.filter { !special.contains($0) }
        attributeNames = attributeColumns.map { header.fields[$0].trimmedWhitespace }
        participants = []
        diagnostics = []
        sha256 = ""
        byID = [:]
        byLowercasedID = [:]
        while let record = try reader.next() {
            let fields = record.fields.map(\.trimmedWhitespace)
            if fields.allSatisfy(\.isEmpty) { continue }
            let location = SourceLocation(file: file, line: record.line)
            guard fields.count == keys.count else {
                diagnostics.append(.warning("row has \(fields.count) fields where the header has \(keys.count); it is skipped", at: location, kind: "participant row field count"))
                continue
            }
            let id = fields[idColumn]
            guard !id.isEmpty else {
                diagnostics.append(.warning("row has no participant id; it is skipped", at: location))
                continue
            }
            if let first = byID[id] {
                let line = participants[first].line.map { " (first on line \($0))" } ?? ""
                diagnostics.append(.warning("participant '\(id)' appears again\(line); this row is skipped", at: location, kind: "participant repeated"))
                continue
            }
            let pseudonym = pseudonymColumn.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            if pseudonym == nil {
                diagnostics.append(.warning("participant '\(id)' has no pseudonym; quotes are attributed to '\(id)'", at: location, kind: "participant without pseudonym"))
            }
            var names = nameColumns.map { fields[$0] }
            for column in otherNameColumns {
                names += fields[column].split(separator: ";").map { String($0).trimmedWhitespace }
            }
            byID[id] = participants.count
            byLowercasedID[id.lowercased()] = byLowercasedID[id.lowercased()] ?? participants.count
            participants.append(Participant(
                id: id, pseudonym: pseudonym, attributes: attributeColumns.map { fields[$0] }, names: names.filter { !$0.isEmpty },
                line: record.line
            ))
        }
        sha256 = reader.sha256
    }

    static let layoutHelp = "the first row names the columns: participant (the id transcripts use), pseudonym, then attributes such as role, age band, group"

    /// The participant with this id: exactly, else ignoring case.
    func participant(_ id: String) -> Participant? {
        guard let index = byID[id] ?? byLowercasedID[id.lowercased()] else { return nil }
        return participants[index]
    }

    /// The participant with this id, else the one with this pseudonym (ignoring case).
    func participant(byIDOrPseudonym text: String) -> Participant? {
        participant(text) ?? participants.first { $0.pseudonym?.lowercased() == text.lowercased() }
    }

    /// Every id, pseudonym and name, for recognising speaker labels.
    var people: [String] {
        participants.flatMap { [$0.id] + [$0.pseudonym].compactMap { $0 } + $0.names }
    }

    /// A header name in the form columns are matched: lower case, `_` as a space, spaces collapsed.
    static func normalise(_ name: String) -> String {
        String(name.lowercased().map { $0 == "_" ? " " : $0 }).split(separator: " ").joined(separator: " ")
    }
}
