/// A horizontal bar chart of the percentage of respondents who mentioned each theme, with an
/// optional 95% interval whisker and an "n/base" label on every bar; sub-codes sit under their
/// theme, indented, with thinner and lighter bars.
///
/// Readable without colour: every bar carries its value ("41.7% (25/60)"), a sub-code is told
/// from a theme by its indent and its bar's thickness, and the legend names both and the
/// whisker. The axis runs from 0 to the largest value or interval end, rounded up to a
/// multiple of 10. A row whose base is 0 shows "no answers" and no bar. Rows are drawn in the
/// order given: the caller puts sub-codes after their theme.
public struct ThemeBarChart: Sendable, Hashable {
    /// One theme or sub-code.
    public struct Row: Sendable, Hashable {
        /// The theme's name (wrapped onto two lines and cut with an ellipsis when long; the full
        /// text is in the row's tooltip and the chart's description).
        public var label: String
        /// Respondents who mentioned the theme.
        public var count: Int
        /// Respondents who could have: the denominator of the percentage.
        public var base: Int
        /// The 95% interval of the percentage, in percent; nil draws no whisker.
        public var interval: ClosedRange<Double>?
        /// 0 for a theme, 1 for a sub-code, 2 for a sub-code's sub-code (deeper levels are
        /// indented as 3).
        public var level: Int

        /// A row for `label`: `count` of `base` respondents.
        public init(label: String, count: Int, base: Int, interval: ClosedRange<Double>? = nil, level: Int = 0) {
            self.label = label
            self.count = count
            self.base = base
            self.interval = interval
            self.level = level
        }

        /// `count / base` in percent; nil when the base is not positive.
        public var percent: Double? {
            base > 0 ? Double(max(count, 0)) / Double(base) * 100 : nil
        }
    }

    /// Makes the ids of the chart's title and description; unique per chart within one page.
    public var id: String
    /// The chart's title: its `<title>`, and drawn at the top when ``drawsTitle`` is true.
    public var title: String
    /// The bars, top to bottom.
    public var rows: [Row]
    /// Whether each bar's label adds "(count/base)" after the percentage.
    public var showsCounts: Bool
    /// What the whisker shows, in the legend.
    public var intervalLabel: String
    /// Text read before the generated summary of the data in the chart's `<desc>`.
    public var summary: String?
    /// Whether the title is drawn inside the image as well as being its accessible name.
    public var drawsTitle: Bool

    /// A chart with the given content; see the type's documentation for how it is drawn.
    public init(
        id: String, title: String, rows: [Row], showsCounts: Bool = true, intervalLabel: String = "95% interval",
        summary: String? = nil, drawsTitle: Bool = true
    ) {
        self.id = id
        self.title = title
        self.rows = rows
        self.showsCounts = showsCounts
        self.intervalLabel = intervalLabel
        self.summary = summary
        self.drawsTitle = drawsTitle
    }

    /// The text beside a bar: "41.7% (25/60)", or "no answers".
    func valueText(for row: Row) -> String {
        guard let percent = row.percent else { return "no answers" }
        let value = ChartNumber.percent(percent, places: 1)
        return showsCounts ? value + " (\(Format.count(max(row.count, 0)))/\(Format.count(row.base)))" : value
    }

    /// One row in words, with its interval when there is one.
    func sentence(for row: Row) -> String {
        var text = ChartText.collapsed(row.label) + (row.level > 0 ? " (sub-code)" : "") + ": " + valueText(for: row)
        if let interval = row.interval, row.percent != nil {
            text += ", \(intervalLabel) \(ChartNumber.percent(interval.lowerBound, places: 1)) to \(ChartNumber.percent(interval.upperBound, places: 1))"
        }
        return text + "."
    }

    /// The text of the chart's `<desc>`: what the chart shows, then every row's values.
    var descriptionText: String {
        var parts: [String] = []
        if let summary { parts.append(ChartText.collapsed(summary)) }
        parts.append("Horizontal bar chart of the percentage of respondents mentioning each theme.")
        parts += rows.map(sentence)
        return parts.joined(separator: " ")
    }
}
