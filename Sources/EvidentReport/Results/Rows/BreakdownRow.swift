package import EvidentAnalysis
package import EvidentFormats

/// One item or theme by the groups of one attribute: `breakdowns` in `results.json`, the long
/// tables `tables/item-breakdowns.csv` and `tables/theme-breakdowns.csv`, the appendix's
/// pivot tables. A cell with fewer than `suppress_below` respondents carries no figure at all:
/// `suppressed` is true, `shown_as` says what the tables print ("<5"), and its counts are null.
package enum BreakdownRow: Sendable, Encodable {
    case item(ItemBreakdownRow)
    case code(CodeBreakdownRow)

    package init(_ breakdown: Breakdown, shownAs label: String) {
        switch breakdown.subject {
        case .item(let id, _):
            self = .item(ItemBreakdownRow(
                dataset: breakdown.dataset, attribute: breakdown.attribute, itemID: id,
                cells: breakdown.cells.map { ItemBreakdownCell($0, shownAs: label) }))
        case .code(let id, _, _):
            self = .code(CodeBreakdownRow(
                dataset: breakdown.dataset, attribute: breakdown.attribute, codeID: id,
                cells: breakdown.cells.map { CodeBreakdownCell($0, shownAs: label) }))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .item(let row): try row.encode(to: encoder)
        case .code(let row): try row.encode(to: encoder)
        }
    }
}

/// An item by the groups of an attribute.
package struct ItemBreakdownRow: Sendable, Encodable {
    package var dataset = ""
    package var attribute = ""
    package var itemID = ""
    package var cells: [ItemBreakdownCell] = []
}

/// An item's figures in one group.
package struct ItemBreakdownCell: Sendable, Encodable, CSVInline {
    package var group = ""
    package var suppressed = false
    package var shownAs: String?
    package var n: Int?
    package var mean: Double?
    package var pctPositive: Double?

    package init() {}

    init(_ cell: Breakdown.Cell, shownAs label: String) {
        group = cell.group
        suppressed = cell.isSuppressed
        guard !cell.isSuppressed else {
            shownAs = label
            return
        }
        n = cell.count
        mean = cell.mean
        pctPositive = cell.percent
    }
}

/// A theme by the groups of an attribute.
package struct CodeBreakdownRow: Sendable, Encodable {
    package var dataset = ""
    package var attribute = ""
    package var codeID = ""
    package var cells: [CodeBreakdownCell] = []
}

/// A theme's figures in one group: respondents with it, of the group's respondents with text.
package struct CodeBreakdownCell: Sendable, Encodable, CSVInline {
    package var group = ""
    package var suppressed = false
    package var shownAs: String?
    package var respondents: Int?
    package var base: Int?
    package var pctRespondents: Double?

    package init() {}

    init(_ cell: Breakdown.Cell, shownAs label: String) {
        group = cell.group
        suppressed = cell.isSuppressed
        guard !cell.isSuppressed else {
            shownAs = label
            return
        }
        respondents = cell.count
        base = cell.base
        pctRespondents = cell.percent
    }
}

/// One cell of an item breakdown as a row: `tables/item-breakdowns.csv`.
package struct ItemBreakdownCSVRow: Sendable, Encodable {
    package var dataset = ""
    package var attribute = ""
    package var itemID = ""
    package var cell = ItemBreakdownCell()

    package init() {}

    package static func rows(of row: ItemBreakdownRow) -> [ItemBreakdownCSVRow] {
        row.cells.map { ItemBreakdownCSVRow(dataset: row.dataset, attribute: row.attribute, itemID: row.itemID, cell: $0) }
    }

    init(dataset: String, attribute: String, itemID: String, cell: ItemBreakdownCell) {
        self.dataset = dataset
        self.attribute = attribute
        self.itemID = itemID
        self.cell = cell
    }
}

/// One cell of a theme breakdown as a row: `tables/theme-breakdowns.csv`.
package struct CodeBreakdownCSVRow: Sendable, Encodable {
    package var dataset = ""
    package var attribute = ""
    package var codeID = ""
    package var cell = CodeBreakdownCell()

    package init() {}

    package static func rows(of row: CodeBreakdownRow) -> [CodeBreakdownCSVRow] {
        row.cells.map { CodeBreakdownCSVRow(dataset: row.dataset, attribute: row.attribute, codeID: row.codeID, cell: $0) }
    }

    init(dataset: String, attribute: String, codeID: String, cell: CodeBreakdownCell) {
        self.dataset = dataset
        self.attribute = attribute
        self.codeID = codeID
        self.cell = cell
    }
}
