import EvidentModel
import Foundation

/// Turns a layout's header rows into named columns.
enum HeaderBuilder {
    /// Labels SurveyMonkey writes in row 2 that are not sub-questions.
    static let surveyMonkeyPlainLabels: Set<String> = ["", "Response", "Open-Ended Response"]

    /// The columns, with repeated names made unique, and a note for each repeat.
    static func columns(format: ExportLayout, rows: [[String]]) -> (columns: [ColumnHeader], repeated: [String]) {
        let first = rows.first ?? []
        var columns: [ColumnHeader]
        switch format.format {
        case .surveymonkey:
            let labels = rows.count > 1 ? rows[1] : []
            var question = ""
            columns = first.indices.map { index in
                let cell = first[index].trimmedWhitespace
                if !cell.isEmpty { question = cell }
                let label = index < labels.count ? labels[index].trimmedWhitespace : ""
                if surveyMonkeyPlainLabels.contains(label) {
                    return ColumnHeader(name: question, question: question)
                }
                return ColumnHeader(name: "\(question) - \(label)", question: question, subLabel: label)
            }
        case .qualtrics:
            let texts = rows.count > 1 ? rows[1] : []
            let ids = rows.count > 2 ? rows[2] : []
            columns = first.indices.map { index in
                let name = first[index].trimmedWhitespace
                let text = index < texts.count ? texts[index].trimmedWhitespace : name
                return ColumnHeader(
                    name: name, question: text.isEmpty ? name : text,
                    importID: index < ids.count ? importID(in: ids[index]) : nil
                )
            }
        default:
            columns = first.map { cell in
                let name = cell.trimmedWhitespace
                return ColumnHeader(name: name, question: name)
            }
        }
        var seen: [String: Int] = [:]
        var repeated: [String] = []
        for index in columns.indices {
            let name = columns[index].name
            let count = (seen[name] ?? 0) + 1
            seen[name] = count
            if count > 1 {
                columns[index].name = "\(name) (\(count))"
                repeated.append(name)
            }
        }
        return (columns, repeated)
    }

    /// The value of `ImportId` in a Qualtrics row-3 cell such as `{"ImportId":"QID1"}`.
    static func importID(in cell: String) -> String? {
        guard let keyRange = cell.range(of: "ImportId") else { return nil }
        let rest = cell[keyRange.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == ":" || $0 == " " }
        let value = rest.prefix { $0 != "\"" && $0 != "'" && $0 != "," && $0 != "}" }
        return value.isEmpty ? nil : String(value)
    }
}
