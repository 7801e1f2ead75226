import EvidentModel
import Foundation

/// What every layout does to its columns once named: a blank header cell is named by its
/// position (`column 7`), and a repeated name gets ` (2)`, ` (3)` … so each column has a name
/// of its own.
enum HeaderBuilder {
    /// The columns with unique names, and each name that was repeated (once per repeat).
    static func unique(_ named: [ColumnHeader]) -> (columns: [ColumnHeader], repeated: [String]) {
        var columns = named
        var seen: [String: Int] = [:]
        var repeated: [String] = []
        for index in columns.indices {
            if columns[index].name.isEmpty {
                columns[index].name = "column \(index + 1)"
                if columns[index].question.isEmpty { columns[index].question = columns[index].name }
            }
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
