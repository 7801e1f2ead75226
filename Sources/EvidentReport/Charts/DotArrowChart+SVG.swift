/// Drawing a ``DotArrowChart``.
extension DotArrowChart {
    /// Where things go, in SVG units.
    private enum Layout {
        static let width = 800.0
        static let margin = 16.0
        static let labelWidth = 220.0
        static let plotLeft = 290.0
        static let plotRight = 690.0
        static let changeRight = 784.0
        static let rowHeight = 32.0

        static func x(_ percent: Double) -> Double {
            plotLeft + min(max(percent, 0), 100) / 100 * (plotRight - plotLeft)
        }
    }

    /// The chart as a standalone SVG document that can also be placed inline in HTML.
    /// Deterministic: the same chart gives the same bytes.
    public func svg() -> String {
        let legend = ChartLegend(entries: [
            .init(mark: .hollowDot, label: earlierLabel),
            .init(mark: .arrow(ChartPalette.increase), label: "\(laterLabel), higher"),
            .init(mark: .arrow(ChartPalette.decrease), label: "\(laterLabel), lower"),
            .init(mark: .none, label: significanceNote),
        ], maxWidth: Layout.width - 2 * Layout.margin)
        var y = Layout.margin
        if drawsTitle { y += 28 }
        let legendTop = y
        y += legend.height + 12
        let plotTop = y + 18
        let plotBottom = plotTop + Double(rows.count) * Layout.rowHeight
        let height = plotBottom + 26 + Layout.margin

        var writer = SVGWriter(id: id, width: Layout.width, height: height, title: title, description: descriptionText)
        if drawsTitle {
            writer.element("text", ["x": .number(Layout.margin), "y": .number(Layout.margin + 15), "font-size": 15, "font-weight": "bold"], text: title)
        }
        legend.draw(into: &writer, x: Layout.margin, y: legendTop)
        writer.percentAxis(
            x: Layout.x, top: plotTop, bottom: plotBottom, label: axisLabel, axisLines: [0, 100], heading: (Layout.changeRight, "Change"))
        for (index, row) in rows.enumerated() {
            drawRow(row, into: &writer, middle: plotTop + (Double(index) + 0.5) * Layout.rowHeight)
        }
        return writer.finish()
    }

    private func drawRow(_ row: Row, into writer: inout SVGWriter, middle: Double) {
        writer.open("g")
        writer.element("title", text: sentence(for: row))
        let weight: SVGValue? = row.isSignificant ? "bold" : nil
        let label = ChartText.collapsed(row.label)
        let room = ChartText.characters(fitting: Layout.labelWidth, fontSize: 12) - (row.isSignificant ? 2 : 0)
        var lines = ChartText.wrap(label, maxCharacters: room, maxLines: 2).lines
        if row.isSignificant, let last = lines.popLast() { lines.append(last + " *") }
        for (index, line) in lines.enumerated() {
            let baseline = middle + 4 + (Double(index) - Double(lines.count - 1) / 2) * 14
            writer.element("text", ["x": .number(Layout.margin), "y": .number(baseline), "font-weight": weight], text: line)
        }
        let changeText = row.change.map { ChartNumber.signed($0, places: 1) + (row.isSignificant ? " *" : "") } ?? "–"
        writer.element("text", [
            "x": .number(Layout.changeRight), "y": .number(middle + 4), "text-anchor": "end", "font-weight": weight,
        ], text: changeText)
        switch (row.earlier, row.later) {
        case (let earlier?, let later?):
            drawChange(from: earlier, to: later, significant: row.isSignificant, into: &writer, middle: middle)
        case (let earlier?, nil):
            writer.hollowDot(x: Layout.x(earlier), y: middle)
            valueLabel(earlier, at: Layout.x(earlier) + 9, rightward: true, bold: false, into: &writer, middle: middle)
        case (nil, let later?):
            let x = Layout.x(later)
            writer.arrow(fromX: x, toX: x + SVGWriter.arrowHeadLength / 2, y: middle, colour: ChartPalette.axis, strokeWidth: 2)
            valueLabel(later, at: x + 9, rightward: true, bold: row.isSignificant, into: &writer, middle: middle)
        case (nil, nil):
            writer.element("text", [
                "x": .number(Layout.x(50)), "y": .number(middle + 4), "text-anchor": "middle",
                "font-style": "italic", "fill": .text(ChartPalette.muted),
            ], text: "no data")
        }
        writer.close()
    }

    private func drawChange(from earlier: Double, to later: Double, significant: Bool, into writer: inout SVGWriter, middle: Double) {
        let start = Layout.x(earlier)
        let end = Layout.x(later)
        guard abs(end - start) >= 0.5 else {
            writer.hollowDot(x: start, y: middle)
            valueLabel(later, at: start + 9, rightward: true, bold: significant, into: &writer, middle: middle)
            return
        }
        let rising = end > start
        let direction: Double = rising ? 1 : -1
        // A change too small for its arrow head to clear the dot is drawn with the head just
        // past the dot; the printed values say exactly how small it is.
        let shortest = 5 + SVGWriter.arrowHeadLength
        let tip = abs(end - start) < shortest ? start + direction * shortest : end
        writer.arrow(
            fromX: start + direction * 5, toX: tip, y: middle,
            colour: rising ? ChartPalette.increase : ChartPalette.decrease, strokeWidth: significant ? 3 : 2)
        writer.hollowDot(x: start, y: middle)
        valueLabel(earlier, at: start - direction * 9, rightward: !rising, bold: false, into: &writer, middle: middle)
        valueLabel(later, at: tip + direction * 5, rightward: rising, bold: significant, into: &writer, middle: middle)
    }

    private func valueLabel(_ value: Double, at x: Double, rightward: Bool, bold: Bool, into writer: inout SVGWriter, middle: Double) {
        writer.element("text", [
            "x": .number(x), "y": .number(middle + 4), "font-size": 11,
            "text-anchor": rightward ? "start" : "end", "font-weight": bold ? "bold" : nil,
        ], text: ChartNumber.percent(value, places: 1))
    }
}
