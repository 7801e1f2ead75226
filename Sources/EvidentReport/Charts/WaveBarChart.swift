/// The trend chart for three waves or more: per item, one horizontal bar per wave (earliest at
/// the top, latest at the bottom) of its % positive, on an axis of 0–100.
///
/// Chosen over a line chart because a practitioner survey asks ten or more items: ten lines over
/// three waves cross into a tangle, while grouped bars keep each item's waves together and read
/// item by item, as the councils' own "% confident, by year" tables do. The dot-and-arrow charts
/// beside it show each adjacent pair and the first wave against the latest.
///
/// Readable without colour: every bar prints its value, the waves are always in the same order
/// (named in the legend, earliest first), and a significant change from the first wave to the
/// latest is marked with `*` and bold text on the item's label and its latest value. Colour (a
/// blue ramp, lightest for the earliest wave) only repeats the order. A wave with fewer than
/// `Significance.chartFloor` answers draws no bar and says so.
public struct WaveBarChart: Sendable, Hashable {
    /// One item across the waves.
    public struct Row: Sendable, Hashable {
        /// The item's text (wrapped onto two lines and cut with an ellipsis when long).
        public var label: String
        /// Per wave, in `waves` order: the value in percent, nil when the item was not asked or
        /// had too few answers to chart.
        public var values: [Double?]
        /// Per wave: the number of valid answers (0 when not asked).
        public var bases: [Int]
        /// Whether the change from the first wave to the latest is significant (the caller's test).
        public var isSignificant: Bool

        public init(label: String, values: [Double?], bases: [Int], isSignificant: Bool = false) {
            self.label = label
            self.values = values
            self.bases = bases
            self.isSignificant = isSignificant
        }
    }

    /// Makes the ids of the chart's title and description; unique per chart within one page.
    public var id: String
    public var title: String
    /// The waves' names, earliest first.
    public var waves: [String]
    public var rows: [Row]
    /// What `*` means, shown in the legend.
    public var significanceNote: String
    /// What the axis measures, printed under it.
    public var axisLabel: String
    /// Text read before the generated summary of the data in the chart's `<desc>`.
    public var summary: String?
    /// Whether the title is drawn inside the image as well as being its accessible name.
    public var drawsTitle: Bool

    public init(
        id: String, title: String, waves: [String], rows: [Row], significanceNote: String = "* significant change, first wave to latest",
        axisLabel: String = "% positive", summary: String? = nil, drawsTitle: Bool = true
    ) {
        self.id = id
        self.title = title
        self.waves = waves
        self.rows = rows
        self.significanceNote = significanceNote
        self.axisLabel = axisLabel
        self.summary = summary
        self.drawsTitle = drawsTitle
    }

    /// The fills of the waves' bars, earliest (lightest) first: steps of ColorBrewer's Blues,
    /// spread so the latest wave is always the darkest.
    static func fills(count: Int) -> [String] {
        let ramp = ["#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"]
        guard count > 1 else { return count == 1 ? [ramp[3]] : [] }
        let last = ramp.count - 1
        return (0..<count).map { ramp[min(last, Int((Double($0 * last) / Double(count - 1)).rounded()))] }
    }

    /// One row in words: "Item: 2015 62.5% (n 120), 2016 70.0% (n 98), 2017 74.1% (n 130);
    /// significant change from 2015 to 2017."
    func sentence(for row: Row) -> String {
        let parts = waves.indices.map { index -> String in
            let base = index < row.bases.count ? row.bases[index] : 0
            guard index < row.values.count, let value = row.values[index] else {
                return "\(waves[index]) " + (base == 0 ? "not asked" : "too few answers to chart (n \(base))")
            }
            return "\(waves[index]) \(ChartNumber.percent(value, places: 1)) (n \(base))"
        }
        var text = ChartText.collapsed(row.label) + ": " + parts.joined(separator: ", ")
        if row.isSignificant, let first = waves.first, let last = waves.last {
            text += "; significant change from \(first) to \(last)"
        }
        return text + "."
    }

    /// The text of the chart's `<desc>`: what the chart shows, then every row's values.
    var descriptionText: String {
        var parts: [String] = []
        if let summary { parts.append(ChartText.collapsed(summary)) }
        parts.append("Grouped bar chart of \(axisLabel) for each item in each wave, \(waves.joined(separator: ", ")), on an axis from 0 to 100.")
        parts += rows.map(sentence)
        return parts.joined(separator: " ")
    }
}
