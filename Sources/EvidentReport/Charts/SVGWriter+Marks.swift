/// The marks charts share, drawn the same way wherever they appear (chart body and legend):
/// explicit paths rather than SVG markers, so word processors that ignore `<marker>` still show
/// them.
extension SVGWriter {
    /// Length of an arrowhead along the arrow, in SVG units.
    static let arrowHeadLength = 8.0

    /// A horizontal arrow from `fromX` to `toX` at height `y`: a line ending in a filled
    /// triangular head whose tip is at `toX`. When the two are closer than a head's length,
    /// only the head is drawn, still pointing the right way.
    mutating func arrow(fromX: Double, toX: Double, y: Double, colour: String, strokeWidth: Double) {
        let direction: Double = toX >= fromX ? 1 : -1
        let head = Self.arrowHeadLength
        let halfHeight = 4.5
        let base = toX - direction * head
        if (base - fromX) * direction > 0 {
            element("line", [
                "x1": .number(fromX), "y1": .number(y), "x2": .number(base), "y2": .number(y),
                "stroke": .text(colour), "stroke-width": .number(strokeWidth),
            ])
        }
        let points = [(toX, y), (base, y - halfHeight), (base, y + halfHeight)]
            .map { ChartNumber.coordinate($0.0) + "," + ChartNumber.coordinate($0.1) }
            .joined(separator: " ")
        element("polygon", ["points": .text(points), "fill": .text(colour)])
    }

    /// A hollow circle: the earlier of two values.
    mutating func hollowDot(x: Double, y: Double) {
        element("circle", [
            "cx": .number(x), "cy": .number(y), "r": 5, "fill": "#ffffff",
            "stroke": .text(ChartPalette.muted), "stroke-width": 2,
        ])
    }

    /// A square colour key, outlined so pale fills show on white.
    mutating func swatch(x: Double, y: Double, fill: String) {
        element("rect", [
            "x": .number(x), "y": .number(y), "width": 12, "height": 12,
            "fill": .text(fill), "stroke": .text(ChartPalette.muted), "stroke-width": 0.5,
        ])
    }

    /// A horizontal interval whisker from `fromX` to `toX` at height `y`, with end caps.
    mutating func whisker(fromX: Double, toX: Double, y: Double) {
        let attributes: (Double, Double, Double, Double) -> KeyValuePairs<String, SVGValue?> = { x1, y1, x2, y2 in
            ["x1": .number(x1), "y1": .number(y1), "x2": .number(x2), "y2": .number(y2), "stroke": .text(ChartPalette.text), "stroke-width": 1.5]
        }
        element("line", attributes(fromX, y, toX, y))
        element("line", attributes(fromX, y - 5, fromX, y + 5))
        element("line", attributes(toX, y - 5, toX, y + 5))
    }

    /// A percentage axis from 0 to 100 over a plot from `top` to `bottom`, `x` placing a value:
    /// a gridline every 10 (those at the values in `axisLines` in the axis colour, the others
    /// light), "0%", "20%" … above, `label` centred below, and optionally a heading over a
    /// column at the right (end-anchored at `heading.x`).
    mutating func percentAxis(
        x: (Double) -> Double, top: Double, bottom: Double, label: String, axisLines: Set<Int>,
        heading: (x: Double, text: String)? = nil
    ) {
        open("g", ["font-size": 11, "fill": .text(ChartPalette.muted), "text-anchor": "middle"])
        for step in stride(from: 0, through: 100, by: 10) {
            let position = x(Double(step))
            element("line", [
                "x1": .number(position), "y1": .number(top - 4), "x2": .number(position), "y2": .number(bottom),
                "stroke": .text(axisLines.contains(step) ? ChartPalette.axis : ChartPalette.grid), "stroke-width": 1,
            ])
            if step % 20 == 0 { element("text", ["x": .number(position), "y": .number(top - 8)], text: "\(step)%") }
        }
        element("text", ["x": .number((x(0) + x(100)) / 2), "y": .number(bottom + 18)], text: label)
        if let heading { element("text", ["x": .number(heading.x), "y": .number(top - 8), "text-anchor": "end"], text: heading.text) }
        close()
    }
}
