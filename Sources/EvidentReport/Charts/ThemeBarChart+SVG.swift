/// Drawing a ``ThemeBarChart``.
extension ThemeBarChart {
    /// Where things go, in SVG units.
    private enum Layout {
        static let width = 780.0
        static let margin = 16.0
        static let labelRight = 238.0
        static let indent = 14.0
        static let plotLeft = 250.0
        static let plotRight = 600.0
        static let rowHeight = 30.0
    }

    /// The chart as a standalone SVG document that can also be placed inline in HTML.
    /// Deterministic: the same chart gives the same bytes.
    public func svg() -> String {
        var entries: [ChartLegend.Entry] = [.init(mark: .swatch(ChartPalette.theme), label: "Theme")]
        if rows.contains(where: { $0.level > 0 }) { entries.append(.init(mark: .swatch(ChartPalette.subTheme), label: "Sub-code (indented)")) }
        if rows.contains(where: { $0.interval != nil }) { entries.append(.init(mark: .whisker, label: intervalLabel)) }
        let legend = ChartLegend(entries: entries, maxWidth: Layout.width - 2 * Layout.margin)
        let note = "Percentage of respondents who mentioned each theme"
            + (showsCounts ? " (respondents/base)" : "") + ". A respondent can mention several themes, so the bars need not add up to 100%."
        let noteLines = ChartText.wrap(note, maxCharacters: ChartText.characters(fitting: Layout.width - 2 * Layout.margin, fontSize: 11), maxLines: 3).lines
        var y = Layout.margin
        if drawsTitle { y += 28 }
        let legendTop = y
        y += legend.height + 12
        let plotTop = y + 18
        let plotBottom = plotTop + Double(rows.count) * Layout.rowHeight
        let height = plotBottom + 10 + Double(noteLines.count) * 14 + Layout.margin

        var writer = SVGWriter(id: id, width: Layout.width, height: height, title: title, description: descriptionText)
        if drawsTitle {
            writer.element("text", ["x": .number(Layout.margin), "y": .number(Layout.margin + 15), "font-size": 15, "font-weight": "bold"], text: title)
        }
        legend.draw(into: &writer, x: Layout.margin, y: legendTop)
        let extent = axisExtent()
        let scale = (Layout.plotRight - Layout.plotLeft) / extent
        drawAxis(into: &writer, extent: extent, scale: scale, top: plotTop, bottom: plotBottom)
        for (index, row) in rows.enumerated() {
            drawRow(row, into: &writer, middle: plotTop + (Double(index) + 0.5) * Layout.rowHeight, scale: scale)
        }
        writer.open("g", ["font-size": 11, "fill": .text(ChartPalette.muted)])
        for (index, line) in noteLines.enumerated() {
            writer.element("text", ["x": .number(Layout.margin), "y": .number(plotBottom + 22 + Double(index) * 14)], text: line)
        }
        writer.close()
        return writer.finish()
    }

    /// The axis end: the largest percentage or interval end, rounded up to a multiple of 10
    /// (at least 10, at most 100).
    private func axisExtent() -> Double {
        var widest = 0.0
        for row in rows {
            guard let percent = row.percent else { continue }
            widest = max(widest, percent, row.interval?.upperBound ?? 0)
        }
        return min(max((widest / 10).rounded(.up) * 10, 10), 100)
    }

    private func drawAxis(into writer: inout SVGWriter, extent: Double, scale: Double, top: Double, bottom: Double) {
        let step = extent <= 50 ? 10.0 : 20.0
        writer.open("g", ["font-size": 11, "fill": .text(ChartPalette.muted), "text-anchor": "middle"])
        for value in stride(from: 0, through: extent, by: step) {
            let x = Layout.plotLeft + value * scale
            writer.element("line", [
                "x1": .number(x), "y1": .number(top - 4), "x2": .number(x), "y2": .number(bottom),
                "stroke": .text(value == 0 ? ChartPalette.axis : ChartPalette.grid), "stroke-width": 1,
            ])
            writer.element("text", ["x": .number(x), "y": .number(top - 8)], text: ChartNumber.fixed(value, places: 0) + "%")
        }
        writer.close()
    }

    private func drawRow(_ row: Row, into writer: inout SVGWriter, middle: Double, scale: Double) {
        let level = min(max(row.level, 0), 3)
        let left = Layout.margin + Double(level) * Layout.indent
        writer.open("g")
        writer.element("title", text: sentence(for: row))
        let room = ChartText.characters(fitting: Layout.labelRight - left, fontSize: 12)
        let lines = ChartText.wrap(ChartText.collapsed(row.label), maxCharacters: room, maxLines: 2).lines
        for (index, line) in lines.enumerated() {
            let baseline = middle + 4 + (Double(index) - Double(lines.count - 1) / 2) * 14
            writer.element("text", ["x": .number(left), "y": .number(baseline), "font-weight": level == 0 ? "bold" : nil], text: line)
        }
        guard let percent = row.percent else {
            writer.element("text", [
                "x": .number(Layout.plotLeft + 6), "y": .number(middle + 4), "font-style": "italic", "fill": .text(ChartPalette.muted),
            ], text: "no answers")
            writer.close()
            return
        }
        let barHeight = level == 0 ? 16.0 : 10.0
        let end = Layout.plotLeft + min(percent, 100) * scale
        writer.element("rect", [
            "x": .number(Layout.plotLeft), "y": .number(middle - barHeight / 2), "width": .number(end - Layout.plotLeft),
            "height": .number(barHeight), "fill": .text(level == 0 ? ChartPalette.theme : ChartPalette.subTheme),
        ])
        var labelX = end
        if let interval = row.interval {
            let low = Layout.plotLeft + min(max(interval.lowerBound, 0), 100) * scale
            let high = Layout.plotLeft + min(max(interval.upperBound, 0), 100) * scale
            writer.whisker(fromX: low, toX: high, y: middle)
            labelX = max(labelX, high)
        }
        writer.element("text", ["x": .number(labelX + 6), "y": .number(middle + 4), "font-size": 11], text: valueText(for: row))
        writer.close()
    }
}
