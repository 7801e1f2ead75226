import EvidentAnalysis

/// Drawing a ``DivergingBarChart``.
extension DivergingBarChart {
    /// Where things go, in SVG units (the `viewBox` is `width` wide).
    private enum Layout {
        static let width = 780.0
        static let margin = 16.0
        static let labelWidth = 222.0
        static let barLeft = 286.0
        static let barRight = 666.0
        static let countRight = 764.0
        static let rowHeight = 36.0
        static let barHeight = 20.0
        static let centre = (barLeft + barRight) / 2
        static let halfWidth = (barRight - barLeft) / 2
    }

    /// The chart as a standalone SVG document that can also be placed inline in HTML.
    /// Deterministic: the same chart gives the same bytes.
    public func svg() -> String {
        let order = drawingOrder
        let swatches = swatchesInDrawingOrder()
        let legend = ChartLegend(
            entries: zip(order, swatches).map { ChartLegend.Entry(mark: .swatch($1.fill), label: ChartText.collapsed(categories[$0].label)) },
            maxWidth: Layout.width - 2 * Layout.margin)
        let note = ChartText.wrap(noteText, maxCharacters: ChartText.characters(fitting: Layout.width - 2 * Layout.margin, fontSize: 11), maxLines: 3).lines
        var y = Layout.margin
        if drawsTitle { y += 28 }
        let legendTop = y
        y += legend.height + 12
        let plotTop = y + 18
        let plotBottom = plotTop + Double(rows.count) * Layout.rowHeight
        let height = plotBottom + 10 + Double(note.count) * 14 + Layout.margin

        var writer = SVGWriter(id: id, width: Layout.width, height: height, title: title, description: descriptionText)
        if drawsTitle {
            writer.element("text", ["x": .number(Layout.margin), "y": .number(Layout.margin + 15), "font-size": 15, "font-weight": "bold"], text: title)
        }
        legend.draw(into: &writer, x: Layout.margin, y: legendTop)
        let extent = axisExtent()
        let scale = Layout.halfWidth / extent
        drawAxis(into: &writer, extent: extent, scale: scale, top: plotTop, bottom: plotBottom)
        for (index, row) in rows.enumerated() {
            drawRow(row, into: &writer, top: plotTop + Double(index) * Layout.rowHeight, scale: scale, swatches: swatches)
        }
        writer.open("g", ["font-size": 11, "fill": .text(ChartPalette.muted)])
        for (index, line) in note.enumerated() {
            writer.element("text", ["x": .number(Layout.margin), "y": .number(plotBottom + 22 + Double(index) * 14)], text: line)
        }
        writer.close()
        return writer.finish()
    }

    /// The explanation printed under the bars.
    private var noteText: String {
        var text = "Percentages of each item's answers (n), adding up to 100 per item."
        if categories.contains(where: { $0.side == .neutral }) { text += " The neutral answer is split across the centre line." }
        return text + " Beside each bar: all negative answers (left) and all positive answers (right)."
    }

    /// The swatch of each category in the order of ``categories``, the same as the SVG draws
    /// it with (for a native Word chart in the same colours).
    func swatchesByCategory() -> [ChartPalette.Swatch] {
        let drawn = swatchesInDrawingOrder()
        var byCategory = Array(repeating: ChartPalette.neutral, count: categories.count)
        for (position, category) in drawingOrder.enumerated() { byCategory[category] = drawn[position] }
        return byCategory
    }

    /// The swatch of each category in drawing order: the most extreme categories darkest.
    private func swatchesInDrawingOrder() -> [ChartPalette.Swatch] {
        let sides = drawingOrder.map { categories[$0].side }
        let negatives = ChartPalette.side(ChartPalette.negative, count: sides.filter { $0 == .negative }.count)
        let positives = ChartPalette.side(ChartPalette.positive, count: sides.filter { $0 == .positive }.count)
        var negativeIndex = 0
        var positiveIndex = positives.count - 1
        return sides.map { side in
            switch side {
            case .neutral: return ChartPalette.neutral
            case .negative:
                defer { negativeIndex += 1 }
                return negatives[negativeIndex]
            case .positive:
                defer { positiveIndex -= 1 }
                return positives[positiveIndex]
            }
        }
    }

    /// Percent from the centre to the axis ends: the widest side of any bar, rounded up to a
    /// multiple of 20 (at least 20, at most 100).
    private func axisExtent() -> Double {
        let sides = drawingOrder.map { categories[$0].side }
        var widest = 0.0
        for row in rows {
            let counts = orderedCounts(row)
            let total = Double(counts.reduce(0, +))
            guard total > 0 else { continue }
            var left = 0.0
            var right = 0.0
            for (count, side) in zip(counts, sides) {
                switch side {
                case .negative: left += Double(count)
                case .positive: right += Double(count)
                case .neutral:
                    left += Double(count) / 2
                    right += Double(count) / 2
                }
            }
            widest = max(widest, max(left, right) / total * 100)
        }
        return min(max((widest / 20).rounded(.up) * 20, 20), 100)
    }

    private func drawAxis(into writer: inout SVGWriter, extent: Double, scale: Double, top: Double, bottom: Double) {
        writer.open("g", ["font-size": 11, "fill": .text(ChartPalette.muted), "text-anchor": "middle"])
        for step in stride(from: -extent, through: extent, by: 20) {
            let x = Layout.centre + step * scale
            let isCentre = step == 0
            writer.element("line", [
                "x1": .number(x), "y1": .number(top - 4), "x2": .number(x), "y2": .number(bottom),
                "stroke": .text(isCentre ? ChartPalette.axis : ChartPalette.grid), "stroke-width": isCentre ? 1.5 : 1,
            ])
            writer.element("text", ["x": .number(x), "y": .number(top - 8)], text: ChartNumber.fixed(abs(step), places: 0) + "%")
        }
        writer.close()
    }

    private func drawRow(_ row: Row, into writer: inout SVGWriter, top: Double, scale: Double, swatches: [ChartPalette.Swatch]) {
        let order = drawingOrder
        let counts = orderedCounts(row)
        let total = counts.reduce(0, +)
        let percents = percentages(of: row)
        let middle = top + Layout.rowHeight / 2
        let label = ChartText.collapsed(row.label)
        var tooltip = label + " (n = \(total))"
        if total > 0 {
            tooltip += ": " + zip(order, counts).map { "\(categories[$0].label) \(Format.count($1)) (\(percents[$0])%)" }.joined(separator: ", ")
        } else {
            tooltip += ": no answers"
        }
        writer.open("g")
        writer.element("title", text: tooltip)
        let lines = ChartText.wrap(label, maxCharacters: ChartText.characters(fitting: Layout.labelWidth, fontSize: 12), maxLines: 2).lines
        for (index, line) in lines.enumerated() {
            let baseline = middle + 4 + (Double(index) - Double(lines.count - 1) / 2) * 14
            writer.element("text", ["x": .number(Layout.margin), "y": .number(baseline)], text: line)
        }
        // A small base (under 30) is flagged in grey italics; fewer than 10 answers are not
        // charted as percentages (`Significance`: the one rule for the whole appendix).
        let small = total < Significance.smallBase
        writer.element("text", [
            "x": .number(Layout.countRight), "y": .number(middle + 4), "text-anchor": "end",
            "font-style": small ? "italic" : nil, "fill": small ? .text(ChartPalette.muted) : nil,
        ], text: "n = \(Format.count(total))")
        guard total >= Significance.chartFloor else {
            writer.element("text", [
                "x": .number(Layout.centre), "y": .number(middle + 4), "text-anchor": "middle",
                "font-style": "italic", "fill": .text(ChartPalette.muted),
            ], text: total == 0 ? "no answers" : "fewer than \(Significance.chartFloor) answers: not charted")
            writer.close()
            return
        }
        let sides = order.map { categories[$0].side }
        let leftCount = zip(counts, sides).reduce(0.0) { sum, pair in
            sum + (pair.1 == .negative ? Double(pair.0) : pair.1 == .neutral ? Double(pair.0) / 2 : 0)
        }
        let start = Layout.centre - leftCount / Double(total) * 100 * scale
        var x = start
        for (position, categoryIndex) in order.enumerated() where counts[position] > 0 {
            let width = Double(counts[position]) / Double(total) * 100 * scale
            let swatch = swatches[position]
            let percent = "\(percents[categoryIndex])%"
            writer.open("rect", [
                "x": .number(x), "y": .number(middle - Layout.barHeight / 2), "width": .number(width), "height": .number(Layout.barHeight),
                "fill": .text(swatch.fill), "stroke": "#ffffff", "stroke-width": 1,
            ])
            writer.element("title", text: "\(categories[categoryIndex].label): \(Format.count(counts[position])) of \(Format.count(total)) (\(percent))")
            writer.close()
            if width >= ChartText.width(percent, fontSize: 11) + 6 {
                writer.element("text", [
                    "x": .number(x + width / 2), "y": .number(middle + 4), "text-anchor": "middle",
                    "font-size": 11, "fill": .text(swatch.ink),
                ], text: percent)
            }
            x += width
        }
        let negative = zip(order, sides).filter { $0.1 == .negative }.reduce(0) { $0 + percents[$1.0] }
        let positive = zip(order, sides).filter { $0.1 == .positive }.reduce(0) { $0 + percents[$1.0] }
        if sides.contains(.negative) {
            writer.element("text", ["x": .number(start - 4), "y": .number(middle + 4), "text-anchor": "end", "font-weight": "bold"], text: "\(negative)%")
        }
        if sides.contains(.positive) {
            writer.element("text", ["x": .number(x + 4), "y": .number(middle + 4), "font-weight": "bold"], text: "\(positive)%")
        }
        writer.close()
    }
}
