public import EvidentModel

/// Reads the flat codebook CSV (codebook spec §2), the form codebooks take in Excel: one row per
/// code, columns `theme_id, theme_label, code_id, code_label, parent_id, definition, include,
/// exclude_guidance, patterns, exclude, applies_to, negation` in any order, names without regard
/// to case, plus Evident's own optional `examples` (one per line of the cell), `color`, and what
/// a codebook from another QDA tool needs to go back to it: `guid` (the code's REFI-QDA GUID),
/// `codable` (`false` for a category) and code sets (`set_name`, `set_codes`).
///
/// - A row with a `set_name` (and no theme or code) describes a code set: its `guid`, its
///   description in `definition`, its codes' ids in `set_codes` (separated by `;`).
/// - Text cells (labels, definition, guidance) are kept exactly, spaces and line breaks included;
///   ids, lists and flags are trimmed.
/// - A row with an empty `code_id` describes its theme; a theme that only code rows name gets
///   their `theme_label`.
/// - `parent_id` empty puts a code straight under its theme; a parent may come later in the file.
/// - `patterns`, `exclude` and `applies_to` hold values separated by `;`.
/// - A cell that `CSVTable` neutralised against formula injection (`'=…`, `'+…`, `'-…`, `'@…`)
///   is read back without the quote.
/// - The codebook is named after the file; the format has no place for options (defaults apply).
///
/// Unknown columns, a repeated or malformed id, a missing label or theme, an unknown parent and
/// a parent cycle are errors naming the line.
public enum CodebookCSVReader {
    static let columns = [
        "theme_id", "theme_label", "code_id", "code_label", "parent_id", "definition", "include", "exclude_guidance",
        "patterns", "exclude", "applies_to", "negation", "examples", "color", "guid", "codable", "set_name", "set_codes",
    ]
    /// Cells kept exactly as written; every other cell is trimmed.
    static let textColumns: Set<String> = ["theme_label", "code_label", "definition", "include", "exclude_guidance", "set_name"]

    public static func read(path: String) throws(InputError) -> Codebook {
        let file = FilePaths.display(path)
        let reader = try CSVReader(path: path, displayPath: file)
        guard let header = try reader.next() else {
            throw InputError("the file is empty", at: SourceLocation(file: file, line: 1), help: "add a header row: \(columns.joined(separator: ", "))")
        }
        let names = header.fields.map { $0.trimmedWhitespace.lowercased() }
        for (index, name) in names.enumerated() where !columns.contains(name) {
            throw InputError(
                "unknown column '\(header.fields[index])'", at: SourceLocation(file: file, line: header.line, column: index + 1),
                help: "columns allowed: \(columns.joined(separator: ", "))"
            )
        }
        for required in ["theme_id", "code_id"] where !names.contains(required) {
            throw InputError("the header has no column '\(required)'", at: SourceLocation(file: file, line: header.line))
        }
        var rows: [CodebookCSVRow] = []
        while let record = try reader.next() {
            var cells: [String: String] = [:]
            for (index, name) in names.enumerated() {
                let cell = index < record.fields.count ? unneutralised(record.fields[index]) : ""
                cells[name] = textColumns.contains(name) ? cell : cell.trimmedWhitespace
            }
            rows.append(CodebookCSVRow(cells: cells, location: SourceLocation(file: file, line: record.line)))
        }
        let stem = path.split(separator: "/").last.map { $0.split(separator: ".").first.map(String.init) ?? String($0) } ?? "Codebook"
        return try CodebookCSVTree(rows: rows).codebook(named: stem)
    }

    /// The cell without the `'` that `CSVTable.neutralised` put before `=`, `+`, `-`, `@`, a
    /// tab or a carriage return.
    static func unneutralised(_ cell: String) -> String {
        let scalars = Array(cell.unicodeScalars.prefix(2))
        guard scalars.count == 2, scalars[0] == "'", ["=", "+", "-", "@", "\t", "\r"].contains(scalars[1]) else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }
}

/// One row of a flat codebook, by lower-case column name.
struct CodebookCSVRow {
    var cells: [String: String]
    var location: SourceLocation

    subscript(_ column: String) -> String {
        cells[column] ?? ""
    }

    /// A `;`-separated cell as a list, blanks dropped.
    func list(_ column: String) -> [String] {
        self[column].split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
    }

    /// A text cell, `nil` when it is empty or only white space (kept exactly otherwise).
    func text(_ column: String) -> String? {
        self[column].trimmedWhitespace.isEmpty ? nil : self[column]
    }

    /// Fills a code's fields from the row's columns (not its id, label or place).
    func fill(_ code: inout Code) throws(InputError) {
        code.definition = text("definition")
        code.include = text("include")
        code.excludeGuidance = text("exclude_guidance")
        code.guid = self["guid"].isEmpty ? nil : self["guid"]
        code.patterns = list("patterns").map { PatternSource($0, declaredAt: location) }
        code.exclude = list("exclude").map { PatternSource($0, declaredAt: location) }
        code.appliesTo = self["applies_to"].isEmpty ? nil : list("applies_to")
        code.examples = self["examples"].split(whereSeparator: \.isNewline).map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
        code.color = self["color"].isEmpty ? nil : self["color"]
        code.negation = try flag("negation")
        code.isCodable = try flag("codable") ?? true
    }

    /// A true/false cell; `nil` when empty.
    func flag(_ column: String) throws(InputError) -> Bool? {
        switch self[column].lowercased() {
        case "": return nil
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw InputError("\(column) must be true or false, not '\(self[column])'", at: location)
        }
    }
}
