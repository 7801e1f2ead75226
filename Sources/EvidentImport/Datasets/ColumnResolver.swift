import EvidentModel

/// Finds the column a manifest names: by exact name first, then ignoring case and surrounding
/// space, then by SurveyMonkey row-2 label, Qualtrics question text or ImportId where that is
/// unique. A name that matches nothing is an error naming the manifest line, with the closest
/// column names as a suggestion.
struct ColumnResolver {
    let columns: [ColumnHeader]
    let file: String

    func index(of wanted: String, for what: String, declaredAt: SourceLocation) throws(InputError) -> Int {
        if let index = find(wanted) { return index }
        let ranked = columns.map { ($0.name, EditDistance.between(wanted, $0.name)) }.sorted { $0.1 < $1.1 }
        let close = ranked.prefix(3).map { "'\($0.0)'" }.joined(separator: ", ")
        throw InputError(
            "\(what) names column '\(wanted)', which is not in \(file)", at: declaredAt,
            help: columns.isEmpty ? "the file has no header row" : "closest columns: \(close)"
        )
    }

    func find(_ wanted: String) -> Int? {
        if let exact = columns.firstIndex(where: { $0.name == wanted }) { return exact }
        let folded = wanted.trimmedWhitespace.lowercased()
        let loose = columns.indices.filter { columns[$0].name.lowercased() == folded }
        if loose.count == 1 { return loose[0] }
        for key in [\ColumnHeader.subLabel, \ColumnHeader.importID] {
            let matches = columns.indices.filter { columns[$0][keyPath: key]?.lowercased() == folded }
            if matches.count == 1 { return matches[0] }
        }
        let byQuestion = columns.indices.filter { columns[$0].question.lowercased() == folded }
        return byQuestion.count == 1 ? byQuestion[0] : nil
    }
}
