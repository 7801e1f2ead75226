/// A dot-and-arrow chart of change between two waves: one row per item, a hollow dot at the
/// earlier value and an arrow to the later value, on an axis of 0–100 (% positive) with
/// gridlines every 10.
///
/// Readable without colour: the earlier wave is a hollow circle and the later an arrowhead
/// (shape, not colour, tells them apart); both values are printed beside their marks, the
/// change in percentage points is printed in its own column, and a significant change is
/// marked with `*` and bold text on the item's label and its change. Colour (blue for a rise,
/// vermillion for a fall) only repeats what the arrow's direction says.
///
/// Values outside 0–100 are drawn at the nearest end of the axis but printed as given. A row
/// with only one of its values shows that value alone; a row with neither shows "no data".
/// The printed change is the difference of the unrounded values.
public struct DotArrowChart: Sendable, Hashable {
    /// One item measured in both waves.
    public struct Row: Sendable, Hashable {
        /// The item's text (wrapped onto two lines and cut with an ellipsis when long; the full
        /// text is in the row's tooltip and the chart's description).
        public var label: String
        /// The earlier wave's value, in percent (0–100); nil when the item was not asked.
        public var earlier: Double?
        /// The later wave's value, in percent (0–100); nil when the item was not asked.
        public var later: Double?
        /// Whether the change is statistically significant (the caller's test decides).
        public var isSignificant: Bool

        /// A row for `label` moving from `earlier` to `later`.
        public init(label: String, earlier: Double?, later: Double?, isSignificant: Bool = false) {
            self.label = label
            self.earlier = earlier
            self.later = later
            self.isSignificant = isSignificant
        }

        /// Later minus earlier, in percentage points; nil unless both are known.
        public var change: Double? {
            guard let earlier, let later else { return nil }
            return later - earlier
        }
    }

    /// Makes the ids of the chart's title and description; unique per chart within one page.
    public var id: String
    /// The chart's title: its `<title>`, and drawn at the top when ``drawsTitle`` is true.
    public var title: String
    /// The earlier wave's name, such as "2015".
    public var earlierLabel: String
    /// The later wave's name, such as "2016".
    public var laterLabel: String
    /// The rows, top to bottom.
    public var rows: [Row]
    /// What `*` means, shown in the legend: for example "* significant at the 5% level
    /// (two-proportion z-test)".
    public var significanceNote: String
    /// What the axis measures, printed under it.
    public var axisLabel: String
    /// Text read before the generated summary of the data in the chart's `<desc>`.
    public var summary: String?
    /// Whether the title is drawn inside the image as well as being its accessible name.
    public var drawsTitle: Bool

    /// A chart with the given content; see the type's documentation for how it is drawn.
    public init(
        id: String, title: String, earlierLabel: String, laterLabel: String, rows: [Row],
        significanceNote: String = "* significant change", axisLabel: String = "% positive",
        summary: String? = nil, drawsTitle: Bool = true
    ) {
        self.id = id
        self.title = title
        self.earlierLabel = earlierLabel
        self.laterLabel = laterLabel
        self.rows = rows
        self.significanceNote = significanceNote
        self.axisLabel = axisLabel
        self.summary = summary
        self.drawsTitle = drawsTitle
    }

    /// One row in words: "Item: 2015 62.5%, 2016 70.0%, change +7.5 points (significant)."
    func sentence(for row: Row) -> String {
        var parts: [String] = []
        if let earlier = row.earlier { parts.append("\(earlierLabel) \(ChartNumber.percent(earlier, places: 1))") }
        if let later = row.later { parts.append("\(laterLabel) \(ChartNumber.percent(later, places: 1))") }
        if let change = row.change {
            parts.append("change \(ChartNumber.signed(change, places: 1)) points" + (row.isSignificant ? " (significant)" : ""))
        }
        let values = parts.isEmpty ? "no data" : parts.joined(separator: ", ")
        return ChartText.collapsed(row.label) + ": " + values + "."
    }

    /// The text of the chart's `<desc>`: what the chart shows, then every row's values.
    var descriptionText: String {
        var parts: [String] = []
        if let summary { parts.append(ChartText.collapsed(summary)) }
        parts.append(
            "Dot-and-arrow chart of change from \(earlierLabel) (hollow dot) to \(laterLabel) (arrowhead), "
                + "\(axisLabel) on an axis from 0 to 100.")
        parts += rows.map(sentence)
        return parts.joined(separator: " ")
    }
}
