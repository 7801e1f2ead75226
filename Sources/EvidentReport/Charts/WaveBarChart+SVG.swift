/// Drawing a ``WaveBarChart``.
extension WaveBarChart {
    /// Where things go, in SVG units.
    private enum Layout {
        static let width = 780.0
        static let margin = 16.0
        static let labelWidth = 220.0
        static let plotLeft = 250.0
        static let plotRight = 680.0
        static let barHeight = 10.0
        static let barGap = 2.0
        static let rowPadding = 12.0

        static func x(_ percent: Double) -> Double {
            plotLeft + min(max(percent, 0), 100) / 100 * (plotRight - plotLeft)
        }
    }

    /// The height of one item's group of bars.
    private var rowHeight: Double {
        max(Double(waves.count) * (Layout.barHeight + Layout.barGap) - Layout.barGap + Layout.rowPadding, 32)
    }

    /// The chart as a standalone SVG document that can also be placed inline in HTML.
    /// Deterministic: the same chart gives the same bytes.
    public func svg() -> String {
        let fills = Self.fills(count: waves.count)
        var entries = zip(waves, fills).map { ChartLegend.Entry(mark: .swatch($1), label: $0) }
        if rows.contains(where: \.isSignificant) { entries.append(.init(mark: .none, label: significanceNote)) }
        let legend = ChartLegend(entries: entries, maxWidth: Layout.width - 2 * Layout.margin)
        var y = Layout.margin
        if drawsTitle { y += 28 }
        let legendTop = y
        y += legend.height + 12
        let plotTop = y + 18
        let plotBottom = plotTop + Double(rows.count) * rowHeight
        let height = plotBottom + 26 + Layout.margin

        var writer = SVGWriter(id: id, width: Layout.width, height: height, title: title, description: descriptionText)
        if drawsTitle {
            writer.element("text", ["x": .number(Layout.margin), "y": .number(Layout.margin + 15), "font-size": 15, "font-weight": "bold"], text: title)
        }
        legend.draw(into: &writer, x: Layout.margin, y: legendTop)
        writer.percentAxis(x: Layout.x, top: plotTop, bottom: plotBottom, label: axisLabel, axisLines: [0])
        for (index, row) in rows.enumerated() {
            drawRow(row, fills: fills, into: &writer, top: plotTop + Double(index) * rowHeight)
        }
        return writer.finish()
    }

    private func drawRow(_ row: Row, fills: [String], into writer: inout SVGWriter, top: Double) {
        let middle = top + rowHeight / 2
        writer.open("g")
        writer.element("title", text: sentence(for: row))
        let weight: SVGValue? = row.isSignificant ? "bold" : nil
        let room = ChartText.characters(fitting: Layout.labelWidth, fontSize: 12) - (row.isSignificant ? 2 : 0)
        var lines = ChartText.wrap(ChartText.collapsed(row.label), maxCharacters: room, maxLines: 2).lines
        if row.isSignificant, let last = lines.popLast() { lines.append(last + " *") }
        for (index, line) in lines.enumerated() {
            let baseline = middle + 4 + (Double(index) - Double(lines.count - 1) / 2) * 14
            writer.element("text", ["x": .number(Layout.margin), "y": .number(baseline), "font-weight": weight], text: line)
        }
        let barsTop = top + Layout.rowPadding / 2
        for index in waves.indices {
            let barTop = barsTop + Double(index) * (Layout.barHeight + Layout.barGap)
            let textY = barTop + Layout.barHeight - 1
            let base = index < row.bases.count ? row.bases[index] : 0
            guard index < row.values.count, let value = row.values[index] else {
                writer.element("text", [
                    "x": .number(Layout.plotLeft + 4), "y": .number(textY), "font-size": 10, "font-style": "italic",
                    "fill": .text(ChartPalette.muted),
                ], text: base == 0 ? "\(waves[index]): not asked" : "\(waves[index]): n \(base), too few to chart")
                continue
            }
            let end = Layout.x(value)
            writer.element("rect", [
                "x": .number(Layout.plotLeft), "y": .number(barTop), "width": .number(max(end - Layout.plotLeft, 0.5)),
                "height": .number(Layout.barHeight), "fill": .text(fills[index]),
            ])
            let isLatest = index == waves.count - 1
            let text = ChartNumber.percent(value, places: 1) + (isLatest && row.isSignificant ? " *" : "")
            writer.element("text", [
                "x": .number(end + 4), "y": .number(textY), "font-size": 10,
                "font-weight": isLatest && row.isSignificant ? "bold" : nil,
            ], text: text)
        }
        writer.close()
    }
}
