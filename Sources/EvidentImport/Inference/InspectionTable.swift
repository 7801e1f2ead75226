import EvidentModel

/// `evident inspect`'s table for one export: what the file is, then one row per column —
/// column, role, scale, distinct values, blanks, an example — then notes. Personal-data values
/// are masked (`•••@•••`); free text shows a short answer.
public enum InspectionTable {
    static let nameWidth = 40

    /// The table for one export, lines joined by `\n`, without a trailing newline.
    public static func render(_ inspection: ExportInspection) -> String {
        var lines = [inspection.file]
        lines.append("  format    \(inspection.format.rawValue) (\(inspection.formatReason))")
        var encoding = inspection.encoding
        if let delimiter = inspection.delimiter { encoding += ", \(delimiter)-separated" }
        lines.append("  encoding  \(encoding)")
        lines.append("  records   \(inspection.records)")
        lines.append("  kind      \(inspection.kind.kind.rawValue) (\(inspection.kind.reason))")
        if !inspection.columns.isEmpty {
            lines.append("")
            let rows = [["column", "role", "scale", "distinct", "blanks", "example"]] + inspection.columns.map(row)
            let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for (index, row) in rows.enumerated() {
                lines.append("  " + format(row, widths: widths))
                if index == 0 { lines.append("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
            }
            if inspection.columns.contains(where: { $0.scale?.isProposed == true }) {
                lines.append("  * proposed: not a built-in scale; --write defines it under scales:")
            }
        }
        if !inspection.notes.isEmpty {
            lines.append("")
            lines.append("  notes")
            for note in inspection.notes { lines.append("    - " + note) }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ column: ColumnProfile) -> [String] {
        var scale = "-"
        if let guess = column.scale { scale = guess.scale.id + (guess.isProposed ? "*" : "") }
        var role = column.role.description
        if column.isMultiSelect { role += " (multi-select)" }
        if column.dates?.isAmbiguous == true { role += " (ambiguous dates)" }
        return [
            ExampleValue.shorten(shownName(column.header), width: nameWidth), role, scale, String(column.distinct), String(column.blanks),
            column.example ?? "",
        ]
    }

    /// SurveyMonkey's `<question> - <row>` as `… - <row>`, so matrix rows stay apart.
    private static func shownName(_ header: ColumnHeader) -> String {
        guard let label = header.subLabel, header.name != header.question, header.name.count > nameWidth else { return header.name }
        return "… - " + label
    }

    /// Text left-aligned, numbers (columns 3 and 4) right-aligned.
    private static func format(_ row: [String], widths: [Int]) -> String {
        var cells: [String] = []
        for (index, cell) in row.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
            if index == row.count - 1 {
                cells.append(cell)
            } else {
                cells.append((3...4).contains(index) ? padding + cell : cell + padding)
            }
        }
        return cells.joined(separator: "  ").trimmedTrailing
    }
}

extension String {
    /// Without trailing spaces.
    var trimmedTrailing: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
