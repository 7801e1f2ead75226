/// A numbered table: caption, columns, rows of cells already formatted, and notes under it.
/// Every cell that shows a number keeps its full-precision value and where it is in
/// `results.json` (a JSON pointer), so a test can check the rendered figure against it.
package struct Table: Sendable {
    /// 1-based, in document order; set when the appendix is assembled (`number(_:)`).
    package private(set) var number = 0
    /// "Table 3".
    package private(set) var label = ""
    /// The anchor and bookmark name: `table-3`.
    package private(set) var anchor = ""
    package var caption: String
    package var columns: [Column]
    package var rows: [Row]
    package var notes: [Paragraph] = []
    /// `compact` (dense), `pivot` (groups as columns): CSS classes, and a hint to other renderers.
    package var style: String = ""
    /// Wide tables that scroll sideways on a narrow screen.
    package var isWide = false

    package init(caption: String, columns: [Column], rows: [Row], notes: [Paragraph] = [], style: String = "", isWide: Bool = false) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.style = style
        self.isWide = isWide
    }

    /// Gives the table its number, label and anchor.
    package mutating func number(_ number: Int) {
        self.number = number
        label = "Table \(number)"
        anchor = "table-\(number)"
    }
}

/// A column: its heading and whether it holds numbers (right-aligned).
package struct Column: Sendable {
    package var title: String
    package var isNumeric: Bool
    /// The Markdown alignment row's cell.
    package var markdownAlignment: String

    package init(_ title: String, numeric: Bool = false) {
        self.title = title
        isNumeric = numeric
        markdownAlignment = numeric ? "--:" : "---"
    }
}

/// A table row.
package struct Row: Sendable {
    package var cells: [Cell]
    /// 0 for a top-level row; 1, 2… for rows nested under it (codes under a theme).
    package var depth = 0

    package init(_ cells: [Cell], depth: Int = 0) {
        self.cells = cells
        self.depth = depth
    }
}

/// A table cell: its text as the reader sees it, and for a figure, the number it shows.
package struct Cell: Sendable {
    package var text: String
    /// A figure that qualifies the main one, shown smaller after it: an interval.
    package var aside: String?
    /// A second line, muted: a file's format and encoding.
    package var detail: String?
    package var isStrong = false
    package var isCode = false
    package var isNumeric = false
    /// Indentation before the text: `↳ ` per level; `nil` at the top level.
    package var indent: String?
    /// A class naming a band or state (agreement bands), for colouring.
    package var band: String?
    /// A longer explanation shown on hover (why a statistic is undefined).
    package var tooltip: String?
    /// The full-precision value the text shows, when it shows one number.
    package var value: Double?
    /// Where that value is in `results.json`: a JSON pointer such as `/items/3/mean`.
    package var source: String?

    package init(_ text: String) {
        self.text = text
    }

    /// A number, right-aligned, with its value and its place in `results.json`.
    package static func number(_ text: String, value: Double?, source: String?, aside: String? = nil) -> Cell {
        var cell = Cell(text)
        cell.isNumeric = true
        cell.value = value
        cell.source = value == nil ? nil : source
        cell.aside = aside
        return cell
    }

    /// Right-aligned text that is not one number from `results.json` ("12 → 15", "<5").
    package static func numeric(_ text: String, aside: String? = nil) -> Cell {
        var cell = Cell(text)
        cell.isNumeric = true
        cell.aside = aside
        return cell
    }

    /// The text and its aside, as one line: `71.3 (68.5–74.1)`.
    package var fullText: String { aside.map { "\(text) (\($0))" } ?? text }
}
