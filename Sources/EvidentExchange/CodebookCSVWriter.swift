public import EvidentFormats
public import EvidentModel

/// Writes a codebook in the flat CSV form of codebook spec §2 (through `CSVTable`: BOM, CRLF,
/// cells neutralised against formula injection), which `CodebookCSVReader` reads back.
///
/// Each theme gets a row with an empty `code_id`, then its codes depth first, each naming its
/// theme and (below the first level) its parent. Evident adds columns the spec leaves open:
/// `examples` (one per line of the cell), `color`, `guid` (a code's GUID from another tool) and
/// `codable` (`false` for a category); a codebook with code sets also gets `set_name` and
/// `set_codes`, and one row per set after the codes (its GUID in `guid`, its description in
/// `definition`).
///
/// The flat form has no place for the codebook's name, version, description or options: a
/// YAML → CSV → YAML trip keeps every code but names the codebook after the file and resets the
/// options to their defaults. Use `.yaml` or `.qdc` to keep everything.
public enum CodebookCSVWriter {
    public static let header = [
        "theme_id", "theme_label", "code_id", "code_label", "parent_id", "definition", "include", "exclude_guidance",
        "patterns", "exclude", "applies_to", "negation", "examples", "color", "guid", "codable",
    ]
    /// Added when the codebook has code sets.
    public static let setColumns = ["set_name", "set_codes"]

    public static func table(_ codebook: Codebook) -> CSVTable {
        let withSets = !codebook.sets.isEmpty
        var table = CSVTable(header: header + (withSets ? setColumns : []))
        for theme in codebook.themes {
            table.rows.append(row(theme, theme: theme, parent: nil, isTheme: true))
            func walk(_ code: Code, parent: String?) {
                table.rows.append(row(code, theme: theme, parent: parent, isTheme: false))
                for child in code.codes { walk(child, parent: code.id) }
            }
            for code in theme.codes { walk(code, parent: nil) }
        }
        if withSets {
            for index in table.rows.indices { table.rows[index] += [.empty, .empty] }
            for set in codebook.sets {
                var cells = [CSVTable.Cell](repeating: .empty, count: header.count + setColumns.count)
                cells[header.firstIndex(of: "definition") ?? 5] = set.description.map { .text($0) } ?? .empty
                cells[header.firstIndex(of: "guid") ?? 14] = set.guid.map { .text($0) } ?? .empty
                cells[header.count] = .text(set.name)
                cells[header.count + 1] = .text(set.codeIDs.joined(separator: "; "))
                table.rows.append(cells)
            }
        }
        return table
    }

    public static func render(_ codebook: Codebook) -> String {
        table(codebook).rendered()
    }

    private static func row(_ code: Code, theme: Code, parent: String?, isTheme: Bool) -> [CSVTable.Cell] {
        func text(_ value: String?) -> CSVTable.Cell {
            value.map { .text($0) } ?? .empty
        }
        return [
            .text(theme.id), .text(theme.label), isTheme ? .empty : .text(code.id), isTheme ? .empty : .text(code.label),
            text(parent), text(code.definition), text(code.include), text(code.excludeGuidance),
            .text(code.patterns.map(\.text).joined(separator: "; ")), .text(code.exclude.map(\.text).joined(separator: "; ")),
            text(code.appliesTo?.joined(separator: "; ")), text(code.negation.map { $0 ? "true" : "false" }),
            .text(code.examples.joined(separator: "\n")), text(code.color), text(code.guid), code.isCodable ? .empty : .text("false"),
        ]
    }
}
