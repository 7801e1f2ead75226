import EvidentFormats

/// Tables: a numbered caption above, then a real Word table in the Table Grid style whose header
/// row repeats on every page and whose rows never split across pages; numbers right-aligned;
/// notes under it.
extension WordDocument {
    mutating func table(_ table: Table) {
        body.append(caption(kind: "Table", number: table.number, anchor: table.anchor, text: table.caption, keepNext: true))
        let widths = Self.columnWidths(table, width: isLandscape ? Self.landscapeTextWidth : Self.textWidth)
        let nested = table.rows.contains { $0.depth > 0 }
        let size = table.isWide || table.columns.count > 8 ? "<w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/>" : ""
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "<w:tblCaption w:val=\"\(XMLEscape.attribute(table.label + ". " + table.caption))\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (index, column) in table.columns.enumerated() {
            xml += cell(WordXML.run(column.title, properties: size), width: widths[index], right: column.isNumeric, fill: nil)
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                xml += self.cell(Self.content(cell, size: size), width: widths[index], right: cell.isNumeric,
                                 fill: nested && row.depth == 0 ? "F4F6F9" : Self.fill(cell.band))
            }
            xml += "</w:tr>"
        }
        body.append(xml + "</w:tbl>")
        for note in table.notes { body.append(WordXML.paragraph(runs(note.runs), style: "Note")) }
        if table.notes.isEmpty { body.append(WordXML.paragraph("", properties: "<w:spacing w:after=\"0\"/>")) }
    }

    func cell(_ content: String, width: Int, right: Bool, fill: String?) -> String {
        let shading = fill.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
        let alignment = right ? "<w:jc w:val=\"right\"/>" : ""
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
            + "<w:p><w:pPr><w:spacing w:after=\"0\"/>\(alignment)</w:pPr>\(content)</w:p></w:tc>"
    }

    /// A cell's runs: its indent (muted), text (bold when strong, code in HTML Code), its aside
    /// in brackets (muted, smaller), its detail on a second line (muted).
    static func content(_ cell: Cell, size: String) -> String {
        let muted = "<w:color w:val=\"\(WordStyles.muted)\"/>"
        var xml = cell.indent.map { WordXML.run($0, properties: muted + size) } ?? ""
        var properties = cell.isCode ? "<w:rStyle w:val=\"HTMLCode\"/>" : ""
        if cell.isStrong { properties += "<w:b/>" }
        xml += WordXML.run(cell.text, properties: properties + size)
        // A word joiner after the interval's dash: the interval wraps as a whole, to the line
        // under its number, never as "(77.5–" and "83.0)".
        if let aside = cell.aside {
            let joined = aside.split(separator: "–", omittingEmptySubsequences: false).joined(separator: "–\u{2060}")
            xml += WordXML.run(" (" + joined + ")", properties: muted + (size.isEmpty ? "<w:sz w:val=\"15\"/>" : size))
        }
        if let detail = cell.detail { xml += "<w:r><w:br/></w:r>" + WordXML.run(detail, properties: muted + "<w:sz w:val=\"15\"/>") }
        return xml
    }

    /// The agreement bands' colours, as in the HTML.
    static func fill(_ band: String?) -> String? {
        switch band {
        case "band poor": "F6D5C8"
        case "band moderate": "FBE9C6"
        case "band substantial": "DCEBD3"
        case "band almost-perfect": "B9DCAE"
        default: nil
        }
    }

    /// Column widths (twips) that add up to the text width. Each column wants room for its
    /// longest text on one line (a character is about 100 twips at the table's size, 85 in the
    /// smaller print of wide tables) and needs room for the longest word of its heading. A
    /// number never wraps, but its interval in brackets (`80.2 (77.5–83.0)`) may go to a second
    /// line. Spare width goes to the text columns; when the columns want more than the page has,
    /// text columns give way first (down to their headings' words), then numbers' intervals
    /// wrap, then text columns wrap further, then all shrink. (Looked at in LibreOffice: with
    /// intervals on one line the Items table's label column was two words wide.)
    static func columnWidths(_ table: Table, width textWidth: Int = textWidth) -> [Int] {
        let (wants, needs, short) = demand(table)
        let total = Double(textWidth)
        var widths = wants
        // Short texts (a year, a wave, a code of 12 characters or fewer) never wrap: they hold
        // their place like numbers ("2015" broke as "201" / "5" in the Sources table).
        let text = table.columns.indices.filter { !table.columns[$0].isNumeric && !short[$0] }
        let numeric = table.columns.indices.filter { table.columns[$0].isNumeric || short[$0] }
        let sum = wants.reduce(0, +)
        if sum < total {
            let growing = text.isEmpty ? Array(table.columns.indices) : text
            let base = growing.map { wants[$0] }.reduce(0, +)
            for index in growing { widths[index] += (total - sum) * wants[index] / max(base, 1) }
        } else {
            // Columns in `group` give up to their slack (want − need), in proportion.
            func yield(_ group: [Int]) {
                let excess = widths.reduce(0, +) - total
                let slack = group.map { widths[$0] - needs[$0] }.reduce(0, +)
                guard excess > 0, slack > 0 else { return }
                let share = min(excess / slack, 1)
                for index in group { widths[index] -= (widths[index] - needs[index]) * share }
            }
            yield(text)
            yield(numeric)
            // Still too wide: text columns wrap further (to half their need) before numbers do.
            let numbers = numeric.map { widths[$0] }.reduce(0, +)
            let texts = text.map { widths[$0] }.reduce(0, +)
            if numbers + texts > total, texts > 0 {
                let floor = text.map { needs[$0] / 2 }.reduce(0, +)
                let room = max(total - numbers, floor)
                for index in text { widths[index] *= room / texts }
            }
            let shrunk = widths.reduce(0, +)
            if shrunk > total { widths = widths.map { $0 * total / shrunk } }
        }
        var rounded = widths.map { Int($0) }
        if let last = rounded.indices.last { rounded[last] += textWidth - rounded.reduce(0, +) }
        return rounded
    }

    /// Whether a table goes on landscape pages: when its numbers and short texts, which never
    /// wrap, leave its text columns less than half the width they need on a portrait page, and
    /// it has `landscapeRows` rows or more. (Looked at in LibreOffice: the ten-column table of
    /// changes between waves squeezed its item names to a few letters a line, a page holding ten
    /// rows; the tables by role, a column per role, likewise.) A milder squeeze, or a short
    /// table, stays portrait: every page turned leaves the page before it part empty, and turning
    /// for each Items table made the sample's Word appendix three pages longer; turning for the
    /// five-row tables of themes by role left two landscape pages a fifth full.
    static func isLandscape(_ table: Table) -> Bool {
        guard table.rows.count >= landscapeRows else { return false }
        let (_, needs, short) = demand(table)
        let fixed = table.columns.indices.filter { table.columns[$0].isNumeric || short[$0] }.map { needs[$0] }.reduce(0, +)
        let text = needs.reduce(0, +) - fixed
        return Double(textWidth) - fixed < text / 2
    }

    /// The fewest rows for which a table is worth a landscape page of its own.
    static let landscapeRows = 10

    /// Each column's width wanted (its longest text on one line, up to 60 characters), its
    /// width needed (its heading's longest word; a number or a short text whole), and whether
    /// it is a short text that never wraps; in twips.
    private static func demand(_ table: Table) -> (wants: [Double], needs: [Double], short: [Bool]) {
        let character = table.isWide || table.columns.count > 8 ? 85.0 : 100.0
        // A cell's left and right margins (108 twips each in Table Grid) and a little slack.
        let margin = 260.0
        func length(_ cell: Cell) -> Int { (cell.indent?.count ?? 0) + cell.fullText.count }
        // A number, and on its own line its interval in brackets (in smaller print: 0.8 of a
        // character).
        func main(_ cell: Cell) -> Double { max(Double((cell.indent?.count ?? 0) + cell.text.count), Double((cell.aside?.count ?? -2) + 2) * 0.8) }
        var wants: [Double] = []
        var needs: [Double] = []
        var short: [Bool] = []
        for (index, column) in table.columns.enumerated() {
            let word = column.title.split(separator: " ").map(\.count).max() ?? 0
            let cells = table.rows.compactMap { $0.cells.indices.contains(index) ? $0.cells[index] : nil }
            let longest = cells.map(length).max() ?? 0
            short.append(longest <= 12 && (column.title.split(separator: " ").map(\.count).max() ?? 0) <= 12)
            // Headings are bold: a little wider a character (1.15). Numbers and short texts never wrap.
            let unbroken = column.isNumeric ? cells.map(main).max() ?? 0 : Double(longest <= 12 ? longest : min(longest, 16))
            let need = max(Double(word) * character * 1.15, unbroken * character) + margin
            needs.append(need)
            wants.append(max(need, Double(min(longest, 60)) * character + margin))
        }
        return (wants, needs, short)
    }
}
