/// A legend: each entry a small mark and its text, laid out left to right in the order given
/// and wrapped onto further lines when the next entry would not fit.
struct ChartLegend: Sendable {
    /// The mark drawn before an entry's text.
    enum Mark: Sendable, Hashable {
        /// A square of this fill.
        case swatch(String)
        /// A hollow circle (the earlier wave).
        case hollowDot
        /// An arrow in this colour (the later wave).
        case arrow(String)
        /// An interval whisker.
        case whisker
        /// No mark: the text stands alone (a note such as "* significant change").
        case none
    }

    /// One entry.
    struct Entry: Sendable, Hashable {
        /// What is drawn before the text.
        let mark: Mark
        /// The text, as the reader sees it.
        let label: String
    }

    /// Height of one line of entries.
    static let lineHeight = 20.0

    /// The entries, in order.
    let entries: [Entry]
    /// The room available, from the legend's left edge.
    let maxWidth: Double

    /// Where each entry goes, relative to the legend's top-left corner.
    private var positions: [(x: Double, line: Int)] {
        var result: [(x: Double, line: Int)] = []
        var x = 0.0
        var line = 0
        for entry in entries {
            let width = Self.width(of: entry)
            if x > 0, x + width > maxWidth {
                x = 0
                line += 1
            }
            result.append((x, line))
            x += width + 16
        }
        return result
    }

    /// The height the legend takes.
    var height: Double {
        guard let last = positions.last else { return 0 }
        return Double(last.line + 1) * Self.lineHeight
    }

    /// Draws the legend with its top-left corner at (`x`, `y`).
    func draw(into writer: inout SVGWriter, x: Double, y: Double) {
        writer.open("g", ["font-size": 12])
        for (entry, position) in zip(entries, positions) {
            let left = x + position.x
            let middle = y + Double(position.line) * Self.lineHeight + 8
            var textX = left + 18
            switch entry.mark {
            case .swatch(let fill): writer.swatch(x: left, y: middle - 6, fill: fill)
            case .hollowDot: writer.hollowDot(x: left + 6, y: middle)
            case .arrow(let colour):
                writer.arrow(fromX: left, toX: left + 22, y: middle, colour: colour, strokeWidth: 2)
                textX = left + 28
            case .whisker:
                writer.whisker(fromX: left + 1, toX: left + 21, y: middle)
                textX = left + 28
            case .none: textX = left
            }
            writer.element("text", ["x": .number(textX), "y": .number(middle + 4)], text: entry.label)
        }
        writer.close()
    }

    private static func width(of entry: Entry) -> Double {
        let markWidth: Double
        switch entry.mark {
        case .none: markWidth = 0
        case .arrow, .whisker: markWidth = 28
        default: markWidth = 18
        }
        return markWidth + ChartText.width(entry.label, fontSize: 12)
    }
}
