import EvidentAnalysis

/// Drawing a ``FunnelPlot``.
extension FunnelPlot {
    private enum Layout {
        static let width = 780.0
        static let height = 440.0
        static let plotLeft = 64.0
        static let plotRight = 680.0
        static let plotTop = 24.0
        static let plotBottom = 360.0
    }

    /// The chart as a standalone SVG document that can also be placed inline in HTML.
    package func svg() -> String {
        var writer = SVGWriter(id: "funnel-" + id, width: Layout.width, height: Layout.height, title: "Funnel plot: " + title, description: altText)
        let (low, high) = yRange()
        let x = { (base: Double) in Layout.plotLeft + base / Double(maxBase) * (Layout.plotRight - Layout.plotLeft) }
        let y = { (percent: Double) in Layout.plotBottom - (percent - low) / (high - low) * (Layout.plotBottom - Layout.plotTop) }
        drawAxes(into: &writer, low: low, high: high, x: x, y: y)
        writer.open("g", ["fill": "none"])
        drawCurve(into: &writer, values: curves.map { ($0.base, $0.lower998) }, dash: "6 4", x: x, y: y, low: low, high: high)
        drawCurve(into: &writer, values: curves.map { ($0.base, $0.upper998) }, dash: "6 4", x: x, y: y, low: low, high: high)
        drawCurve(into: &writer, values: curves.map { ($0.base, $0.lower95) }, dash: nil, x: x, y: y, low: low, high: high)
        drawCurve(into: &writer, values: curves.map { ($0.base, $0.upper95) }, dash: nil, x: x, y: y, low: low, high: high)
        writer.element("line", [
            "x1": .number(x(0)), "y1": .number(y(pooled)), "x2": .number(x(Double(maxBase))), "y2": .number(y(pooled)),
            "stroke": .text(ChartPalette.text), "stroke-width": 1.5,
        ])
        writer.close()
        // Labels beside their points, nudged apart so none overlaps another.
        var placed: [(y: Double, right: Double, left: Double)] = []
        for point in points.sorted(by: { $0.share < $1.share }) {
            let colour = point.position == .within || point.position == nil ? ChartPalette.theme : ChartPalette.decrease
            let cx = x(Double(point.base))
            let cy = y(point.share)
            writer.element("circle", ["cx": .number(cx), "cy": .number(cy), "r": 5, "fill": .text(colour), "stroke": "#ffffff", "stroke-width": 1])
            let label = "\(point.council): \(ChartNumber.fixed(point.share, places: 1))% of \(point.base)"
            let width = ChartText.width(label, fontSize: 11)
            let onLeft = cx + 9 + width > Layout.width - 8
            let left = onLeft ? cx - 9 - width : cx + 9
            var labelY = cy - 7
            while placed.contains(where: { abs($0.y - labelY) < 13 && $0.left < left + width && left < $0.right }) { labelY -= 13 }
            placed.append((labelY, left + width, left))
            // On a white box, so the label stays readable where it crosses the pooled line or a
            // limit (a glyph halo left the line showing between the letters, read as strikethrough).
            writer.element("rect", [
                "x": .number(left - 2), "y": .number(labelY - 10), "width": .number(width + 4), "height": 13,
                "fill": "#ffffff", "fill-opacity": 0.85, "aria-hidden": "true",
            ])
            writer.element("text", [
                "x": .number(onLeft ? cx - 9 : cx + 9), "y": .number(labelY), "font-size": 11, "text-anchor": onLeft ? "end" : "start",
            ], text: label)
        }
        drawLegend(into: &writer)
        return writer.finish()
    }

    /// The y axis: around the points and the limits at the smallest council's base, to whole tens.
    private func yRange() -> (Double, Double) {
        let smallest = points.map(\.base).min() ?? 1
        let near = curves.filter { $0.base >= max(1, smallest / 2) }
        let values = points.map(\.share) + near.flatMap { [$0.lower998, $0.upper998] } + [pooled]
        let low = max(0, ((values.min() ?? 0) / 10).rounded(.down) * 10)
        let high = min(100, ((values.max() ?? 100) / 10).rounded(.up) * 10)
        return high > low ? (low, high) : (max(0, low - 10), min(100, high + 10))
    }

    private func drawAxes(into writer: inout SVGWriter, low: Double, high: Double, x: (Double) -> Double, y: (Double) -> Double) {
        writer.open("g", ["font-size": 11, "fill": .text(ChartPalette.muted)])
        let step = (high - low) > 50 ? 20.0 : 10.0
        var tick = low
        while tick <= high + 0.001 {
            writer.element("line", ["x1": .number(x(0)), "y1": .number(y(tick)), "x2": .number(x(Double(maxBase))), "y2": .number(y(tick)), "stroke": .text(ChartPalette.grid)])
            writer.element("text", ["x": .number(Layout.plotLeft - 8), "y": .number(y(tick) + 4), "text-anchor": "end"], text: ChartNumber.fixed(tick, places: 0) + "%")
            tick += step
        }
        for index in 0...5 {
            let base = Double(maxBase) * Double(index) / 5
            writer.element("text", ["x": .number(x(base)), "y": .number(Layout.plotBottom + 18), "text-anchor": "middle"], text: ChartNumber.fixed(base, places: 0))
        }
        writer.element("line", ["x1": .number(x(0)), "y1": .number(Layout.plotBottom), "x2": .number(x(Double(maxBase))), "y2": .number(Layout.plotBottom), "stroke": .text(ChartPalette.axis)])
        writer.element("text", ["x": .number((Layout.plotLeft + Layout.plotRight) / 2), "y": .number(Layout.plotBottom + 36), "text-anchor": "middle"], text: "Base (people or cases)")
        writer.close()
    }

    private func drawCurve(
        into writer: inout SVGWriter, values: [(Int, Double)], dash: String?, x: (Double) -> Double, y: (Double) -> Double, low: Double, high: Double
    ) {
        let inside = values.filter { $0.1 >= low && $0.1 <= high }
        guard inside.count >= 2 else { return }
        let path = inside.enumerated().map { index, value in
            (index == 0 ? "M" : "L") + ChartNumber.coordinate(x(Double(value.0))) + " " + ChartNumber.coordinate(y(value.1))
        }.joined(separator: " ")
        writer.element("path", ["d": .text(path), "stroke": .text(ChartPalette.muted), "stroke-width": 1.2, "stroke-dasharray": dash.map { .text($0) }])
    }

    private func drawLegend(into writer: inout SVGWriter) {
        let top = Layout.plotBottom + 56
        writer.open("g", ["font-size": 11])
        writer.element("line", ["x1": .number(Layout.plotLeft), "y1": .number(top), "x2": .number(Layout.plotLeft + 24), "y2": .number(top), "stroke": .text(ChartPalette.text), "stroke-width": 1.5])
        writer.element("text", ["x": .number(Layout.plotLeft + 30), "y": .number(top + 4)], text: "Pooled \(ChartNumber.fixed(pooled, places: 1))%")
        writer.element("line", ["x1": .number(Layout.plotLeft + 150), "y1": .number(top), "x2": .number(Layout.plotLeft + 174), "y2": .number(top), "stroke": .text(ChartPalette.muted), "stroke-width": 1.2])
        writer.element("text", ["x": .number(Layout.plotLeft + 180), "y": .number(top + 4)], text: "95% limits")
        writer.element("line", ["x1": .number(Layout.plotLeft + 270), "y1": .number(top), "x2": .number(Layout.plotLeft + 294), "y2": .number(top), "stroke": .text(ChartPalette.muted), "stroke-width": 1.2, "stroke-dasharray": "6 4"])
        writer.element("text", ["x": .number(Layout.plotLeft + 300), "y": .number(top + 4)], text: "99.8% limits")
        writer.element("circle", ["cx": .number(Layout.plotLeft + 400), "cy": .number(top), "r": 5, "fill": .text(ChartPalette.decrease)])
        writer.element("text", ["x": .number(Layout.plotLeft + 410), "y": .number(top + 4)], text: "Outside the 95% limits")
        writer.close()
    }
}
