/// Distance travelled per domain: a hollow dot at the mean first reading and an arrow to the
/// mean latest, on the tool's own scale (1–10 for Family Star Plus), with both means printed and
/// the mean change in a column of its own. The same cases are behind both ends of a row (those
/// read in the domain at both their first and latest reading). As with `DotArrowChart`, shape
/// tells start from latest and colour only repeats the arrow's direction; `*` marks a change
/// whose signed-rank test has p < 0.05.
package struct DistanceChart: Sendable {
    package struct Row: Sendable {
        package var label: String
        package var first: Double?
        package var latest: Double?
        package var cases: Int
        package var isSignificant: Bool

        package init(label: String, first: Double?, latest: Double?, cases: Int, isSignificant: Bool) {
            self.label = label
            self.first = first
            self.latest = latest
            self.cases = cases
            self.isSignificant = isSignificant
        }
    }

    package var id: String
    package var title: String
    package var min: Double
    package var max: Double
    package var rows: [Row]

    package init(id: String, title: String, min: Double, max: Double, rows: [Row]) {
        self.id = id
        self.title = title
        self.min = min
        self.max = max
        self.rows = rows
    }

    private enum Layout {
        static let width = 780.0
        static let labelRight = 226.0
        static let plotLeft = 250.0
        static let plotRight = 640.0
        static let changeX = 730.0
        static let rowHeight = 28.0
        static let top = 52.0
    }

    /// What the chart shows, in words.
    package var altText: String {
        let lines = rows.map { row in
            "\(row.label): \(ChartNumber.fixed(row.first ?? .nan, places: 1)) to \(ChartNumber.fixed(row.latest ?? .nan, places: 1)) (n = \(row.cases))\(row.isSignificant ? ", significant" : "")"
        }
        return "Mean first and latest reading per domain, on a scale of \(ChartNumber.fixed(min, places: 0)) to \(ChartNumber.fixed(max, places: 0)). " + lines.joined(separator: "; ") + "."
    }

    private func x(_ value: Double) -> Double {
        Layout.plotLeft + (value - min) / (max - min) * (Layout.plotRight - Layout.plotLeft)
    }

    package func svg() -> String {
        let bottom = Layout.top + Double(rows.count) * Layout.rowHeight
        let height = bottom + 64
        var writer = SVGWriter(id: "distance-" + id, width: Layout.width, height: height, title: title, description: altText)
        writer.open("g", ["font-size": 11, "fill": .text(ChartPalette.muted)])
        var tick = min
        while tick <= max + 0.001 {
            writer.element("line", ["x1": .number(x(tick)), "y1": .number(Layout.top - 6), "x2": .number(x(tick)), "y2": .number(bottom), "stroke": .text(ChartPalette.grid)])
            writer.element("text", ["x": .number(x(tick)), "y": .number(bottom + 16), "text-anchor": "middle"], text: ChartNumber.fixed(tick, places: 0))
            tick += 1
        }
        writer.element("text", ["x": .number(Layout.changeX), "y": .number(Layout.top - 14), "text-anchor": "end", "font-weight": "bold"], text: "Change")
        writer.element("text", ["x": .number((Layout.plotLeft + Layout.plotRight) / 2), "y": .number(bottom + 34), "text-anchor": "middle"], text: "Mean reading")
        writer.close()
        for (index, row) in rows.enumerated() {
            let middle = Layout.top + (Double(index) + 0.5) * Layout.rowHeight
            let label = ChartText.wrap(row.label + (row.isSignificant ? " *" : ""), maxCharacters: ChartText.characters(fitting: Layout.labelRight - 16, fontSize: 12), maxLines: 1)
            writer.text(label.lines.first ?? row.label, tooltip: row.label, [
                "x": .number(Layout.labelRight), "y": .number(middle + 4), "text-anchor": "end", "font-weight": row.isSignificant ? "bold" : nil,
            ])
            guard let first = row.first, let latest = row.latest else {
                writer.element("text", ["x": .number(x((min + max) / 2)), "y": .number(middle + 4), "text-anchor": "middle", "font-style": "italic", "fill": .text(ChartPalette.muted)], text: "no pairs")
                continue
            }
            let start = x(first)
            let end = x(latest)
            let rising = end >= start
            let direction: Double = rising ? 1 : -1
            let tip = abs(end - start) < 5 + SVGWriter.arrowHeadLength ? start + direction * (5 + SVGWriter.arrowHeadLength) : end
            writer.arrow(fromX: start + direction * 5, toX: tip, y: middle, colour: rising ? ChartPalette.increase : ChartPalette.decrease, strokeWidth: row.isSignificant ? 3 : 2)
            writer.hollowDot(x: start, y: middle)
            writer.element("text", ["x": .number(start - direction * 9), "y": .number(middle + 4), "font-size": 11, "text-anchor": rising ? "end" : "start"], text: ChartNumber.fixed(first, places: 1))
            writer.element("text", ["x": .number(tip + direction * 5), "y": .number(middle + 4), "font-size": 11, "text-anchor": rising ? "start" : "end", "font-weight": row.isSignificant ? "bold" : nil], text: ChartNumber.fixed(latest, places: 1))
            writer.element("text", ["x": .number(Layout.changeX), "y": .number(middle + 4), "text-anchor": "end", "font-weight": row.isSignificant ? "bold" : nil], text: ChartNumber.signed(latest - first, places: 1))
        }
        writer.open("g", ["font-size": 11, "fill": .text(ChartPalette.muted)])
        writer.hollowDot(x: Layout.plotLeft, y: bottom + 50)
        writer.element("text", ["x": .number(Layout.plotLeft + 10), "y": .number(bottom + 54)], text: "mean first reading")
        writer.arrow(fromX: Layout.plotLeft + 130, toX: Layout.plotLeft + 160, y: bottom + 50, colour: ChartPalette.increase, strokeWidth: 2)
        writer.element("text", ["x": .number(Layout.plotLeft + 166), "y": .number(bottom + 54)], text: "mean latest reading    * p < 0.05 (Wilcoxon signed-rank)")
        writer.close()
        return writer.finish()
    }
}
