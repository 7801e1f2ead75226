/// A diverging stacked bar chart, the standard chart for Likert and other ordered answers
/// (Robbins & Heiberger 2011, "Plotting Likert and other rating scales"): one bar per item,
/// negative categories stacked to the left of a centre line, positive ones to the right.
///
/// Decisions the chart makes:
/// - **Neutral split across the centre.** A neutral category (for example "Neither agree nor
///   disagree") is drawn half each side of the centre line, so bars stay comparable and the
///   neutral share is still visible and labelled. Answers that are not on the scale ("Don't
///   know", "Not applicable") should not be passed as categories.
/// - **Percentages of the row.** Each bar shows the row's counts as shares of its own n. Printed
///   percentages are whole numbers rounded by the largest remainder method
///   (``RoundedPercentages``), so each row's printed values add up to exactly 100; bar lengths
///   use the exact shares.
/// - **Readable without colour.** Side and distance from the centre separate the categories;
///   every segment wide enough carries its percentage; the totals of the negative and the
///   positive categories are printed beside each bar; the legend lists the categories in
///   scale order; hovering a segment or a row shows its counts.
/// - A row with no answers shows "no answers" and no bar.
/// - Categories are drawn negative, then neutral, then positive, keeping the given order within
///   each side (list them from most negative to most positive). Counts missing at the end of a
///   row count as 0; extra counts are ignored; negative counts count as 0.
public struct DivergingBarChart: Sendable, Hashable {
    /// Which side of the centre line a category is drawn on.
    public enum Side: Sendable, Hashable {
        case negative
        case neutral
        case positive
    }

    /// One answer category of the scale, or one band of a 0–100 answer.
    public struct Category: Sendable, Hashable {
        /// The label the reader sees: "Strongly disagree", "0–19".
        public var label: String
        /// Where the category is drawn.
        public var side: Side

        /// A category called `label` drawn on `side`.
        public init(_ label: String, side: Side) {
            self.label = label
            self.side = side
        }
    }

    /// One bar: an item and how many answers fell in each category.
    public struct Row: Sendable, Hashable {
        /// The item's text. Long text is wrapped onto two lines and cut with an ellipsis; the
        /// full text is in the row's tooltip and in the chart's description.
        public var label: String
        /// Answers per category, in the order of the chart's categories.
        public var counts: [Int]

        /// A row for `label` with `counts` in category order.
        public init(label: String, counts: [Int]) {
            self.label = label
            self.counts = counts
        }
    }

    /// Makes the ids of the chart's title and description; unique per chart within one page.
    public var id: String
    /// The chart's title: its `<title>`, and drawn at the top when ``drawsTitle`` is true.
    public var title: String
    /// Text read before the generated summary of the data in the chart's `<desc>`.
    public var summary: String?
    /// The scale's categories, from most negative to most positive.
    public var categories: [Category]
    /// The bars, top to bottom.
    public var rows: [Row]
    /// Whether the title is drawn inside the image (useful in a standalone file) as well as
    /// being its accessible name.
    public var drawsTitle: Bool

    /// A chart with the given content; see the type's documentation for how it is drawn.
    public init(
        id: String, title: String, categories: [Category], rows: [Row], summary: String? = nil, drawsTitle: Bool = true
    ) {
        self.id = id
        self.title = title
        self.categories = categories
        self.rows = rows
        self.summary = summary
        self.drawsTitle = drawsTitle
    }

    /// Indexes into ``categories`` in drawing order: negatives, neutrals, positives.
    var drawingOrder: [Int] {
        let sides: [Side] = [.negative, .neutral, .positive]
        return sides.flatMap { side in categories.indices.filter { categories[$0].side == side } }
    }

    /// The row's counts in drawing order (missing counts as 0, negative counts as 0).
    func orderedCounts(_ row: Row) -> [Int] {
        drawingOrder.map { $0 < row.counts.count ? max(row.counts[$0], 0) : 0 }
    }

    /// The row's printed percentages, in the order of ``categories``: whole numbers adding up
    /// to exactly 100 (all 0 when the row has no answers).
    public func percentages(of row: Row) -> [Int] {
        let counts = categories.indices.map { $0 < row.counts.count ? max(row.counts[$0], 0) : 0 }
        return RoundedPercentages.of(counts)
    }

    /// The text of the chart's `<desc>`: what the chart shows, then every row's values.
    var descriptionText: String {
        var parts: [String] = []
        if let summary { parts.append(ChartText.collapsed(summary)) }
        parts.append(
            "Diverging stacked bar chart, one bar per item: each category's share of the item's answers, "
                + "negative categories left of the centre line, positive categories right of it, "
                + "the neutral category split across it.")
        for row in rows {
            let total = orderedCounts(row).reduce(0, +)
            let label = ChartText.collapsed(row.label)
            guard total > 0 else {
                parts.append("\(label): no answers.")
                continue
            }
            let shares = zip(categories, percentages(of: row)).map { "\($0.label) \($1)%" }
            parts.append("\(label) (n = \(total)): " + shares.joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }
}
