import EvidentAnalysis
import EvidentModel

/// Every item by the groups of each attribute (role, locality…), % positive and n per cell,
/// small cells suppressed.
enum GroupsSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let tables = pivots(input, items: true)
        guard !tables.isEmpty else { return [] }
        let suppression = input.results.suppression
        let note = Paragraph(
            "Cells show % positive (n); † marks a small base, fewer than \(Significance.smallBase) respondents: read it with care. Cells with fewer than \(input.results.spec.suppressBelow) respondents are shown as “\(suppression.label)”; where that would let a cell be worked out from the total, the next smallest cell is hidden too.",
            style: .note)
        return [Section(id: "groups", title: "Results by group", tier: .annex, blocks: [.paragraph(note)] + tables.map(Block.table))]
    }

    /// One pivot table per data set and attribute: rows are items (or top-level themes), columns
    /// the groups, in the order of `results.json`'s breakdowns.
    static func pivots(_ input: AppendixInput, items: Bool) -> [Table] {
        var tables: [Table] = []
        var position: [String: Int] = [:]
        let labels = Dictionary(input.results.breakdowns.map { breakdown -> (String, String) in
            switch breakdown.subject {
            case .item(let id, let label): ("item\u{0}" + id, label)
            case .code(let id, let label, _): ("code\u{0}" + id, label)
            }
        }, uniquingKeysWith: { first, _ in first })
        let names = input.labels
        let depths = Dictionary(input.results.themes.map { ($0.codeID, $0.depth) }, uniquingKeysWith: { first, _ in first })
        for (index, breakdown) in input.document.breakdowns.enumerated() {
            let at = "/breakdowns/\(index)/cells/"
            let key: String
            let caption: String
            let label: String
            let cells: [Cell]
            switch breakdown {
            case .item(let row):
                guard items else { continue }
                key = row.dataset + "\u{0}" + row.attribute
                caption = "\(names.heading(row.dataset)) by \(names.by(row.attribute, in: row.dataset))"
                label = labels["item\u{0}" + row.itemID] ?? row.itemID
                cells = row.cells.enumerated().map { cell(shownAs: $1.shownAs, count: $1.n, percent: $1.pctPositive, at: at + "\($0)/pct_positive") }
                if position[key] == nil {
                    position[key] = tables.count
                    tables.append(pivot(caption: caption, first: "Item", groups: row.cells.map { names.value($0.group, of: row.attribute, in: row.dataset) }))
                }
            case .code(let row):
                guard !items, depths[row.codeID] == 0 else { continue }
                key = row.dataset + "\u{0}" + row.attribute
                caption = "Themes in \(names.heading(row.dataset)) by \(names.by(row.attribute, in: row.dataset)) (% of the group's respondents with free text, and how many)"
                label = labels["code\u{0}" + row.codeID] ?? row.codeID
                cells = row.cells.enumerated().map {
                    cell(shownAs: $1.shownAs, count: $1.respondents, percent: $1.pctRespondents, at: at + "\($0)/pct_respondents")
                }
                if position[key] == nil {
                    position[key] = tables.count
                    tables.append(pivot(caption: caption, first: "Theme", groups: row.cells.map { names.value($0.group, of: row.attribute, in: row.dataset) }))
                }
            }
            guard let table = position[key] else { continue }
            tables[table].rows.append(Row([Cell(label)] + cells))
        }
        return tables
    }

    static func pivot(caption: String, first: String, groups: [String]) -> Table {
        Table(caption: caption, columns: [Column(first)] + groups.map { Column($0, numeric: true) }, rows: [], style: "compact pivot", isWide: true)
    }

    /// "73% (42)", "73% (12)†" on a small base (under 30); the suppression label; a dash for a group with nobody in it.
    static func cell(shownAs: String?, count: Int?, percent: Double?, at source: String) -> Cell {
        if let shownAs { return .numeric(shownAs) }
        if (count ?? 0) == 0, percent == nil { return .numeric("–") }
        let small = (count ?? 0) < Significance.smallBase ? "†" : ""
        return .number("\(Format.percent(percent, 0)) (\(Format.count(count ?? 0)))\(small)", value: percent, source: source)
    }
}
