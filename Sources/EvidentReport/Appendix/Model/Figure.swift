import Foundation

/// A numbered figure: a chart's data (what Word draws as a native chart), its SVG (inline in the
/// HTML, standalone under `charts/`, and a PNG beside it), its caption and its alt text.
package struct Figure: Sendable {
    /// 1-based, in document order; set when the appendix is assembled (`number(_:)`).
    package private(set) var number = 0
    /// "Figure 2".
    package private(set) var label = ""
    /// The anchor and bookmark name: `figure-2`.
    package private(set) var anchor = ""
    package var caption: String
    /// The file name under `charts/`, without extension (`themes`, `items-practitioners-2016-…`).
    package var name: String
    /// The SVG drawn inline in the HTML (no title: the caption carries it).
    package var inlineSVG: String
    /// The standalone SVG (with its title), for `charts/NAME.svg`.
    package var standaloneSVG: String
    /// What the chart shows, in words, for screen readers and Word's alt text.
    package var altText: String
    package var chart: ChartData
    /// `charts/NAME.svg` and `charts/NAME.png`, relative to the report folder.
    package var svgFile: String
    package var pngFile: String
    /// The chart's size in CSS pixels (its SVG's `width` and `height`), for a picture's size.
    package var pixelWidth: Double
    package var pixelHeight: Double

    package init(caption: String, name: String, inlineSVG: String, standaloneSVG: String, altText: String, chart: ChartData) {
        self.caption = caption
        self.name = name
        self.inlineSVG = inlineSVG
        self.standaloneSVG = standaloneSVG
        self.altText = altText
        self.chart = chart
        svgFile = "charts/\(name).svg"
        pngFile = "charts/\(name).png"
        pixelWidth = Self.attribute("width", of: standaloneSVG) ?? 780
        pixelHeight = Self.attribute("height", of: standaloneSVG) ?? 400
    }

    /// A number attribute of the SVG's root element (`width="780"`).
    static func attribute(_ name: String, of svg: String) -> Double? {
        guard let start = svg.range(of: "<svg"), let end = svg.range(of: ">", range: start.upperBound..<svg.endIndex),
              let found = svg.range(of: " \(name)=\"", range: start.upperBound..<end.lowerBound)
        else { return nil }
        let value = svg[found.upperBound...].prefix { $0 != "\"" }
        return Double(value)
    }

    /// Gives the figure its number, label and anchor.
    package mutating func number(_ number: Int) {
        self.number = number
        label = "Figure \(number)"
        anchor = "figure-\(number)"
    }
}

/// The numbers a chart plots, computed once: categories down the side, one value per series
/// and category.
package struct ChartData: Sendable {
    package enum Kind: String, Sendable {
        /// Shares of each category's answers in bands, stacked to 100 (a diverging Likert chart).
        case stackedPercent
        /// Two values per category, earlier and later (change between waves).
        case pairedValues
        /// One percentage per category with its interval (themes).
        case barsWithIntervals
        /// One value per series and category, the series side by side (waves of a trend).
        case groupedBars
    }

    package struct Series: Sendable {
        package var name: String
        /// One per category; `nil` where there is nothing to plot.
        package var values: [Double?]
        /// `RRGGBB`.
        package var color: String
    }

    package var kind: Kind
    package var title: String
    package var categories: [String]
    package var series: [Series]
    /// For `barsWithIntervals`: how far each category's interval reaches below and above its
    /// value (an error bar's minus and plus), in the value's unit.
    package var errorBars: [(minus: Double, plus: Double)?] = []
    /// Each category's level: 0 for a theme, 1 for a code under it (drawn lighter).
    package var levels: [Int] = []
    /// The value axis: "% of valid answers", "% positive".
    package var valueAxisTitle: String
    /// Whether Word can draw it as a native chart; otherwise the SVG (with a PNG fallback) goes in.
    package var isNative: Bool
}
