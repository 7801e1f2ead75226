import EvidentAnalysis
import Testing
@testable import EvidentReport

@Suite("Funnel plot")
struct FunnelPlotTests {
    static let proportion = RegionProportion(id: "needs-met", label: "Needs met", wave: "2016", figures: [
        ("Ayton", ProportionEstimate(successes: 162, total: 267)),
        ("Beeford", ProportionEstimate(successes: 81, total: 149)),
        ("Cowley", ProportionEstimate(successes: 98, total: 130)),
        ("Dunby", nil),
    ])

    @Test("pooled over the councils that published; limits around it narrow as the base grows")
    func limits() throws {
        let plot = try #require(FunnelPlot(id: "needs-met", title: "Needs met", proportion: Self.proportion))
        // (162 + 81 + 98) / (267 + 149 + 130), by hand.
        #expect(abs(plot.pooled - 341.0 / 546.0 * 100) < 1e-9)
        #expect(plot.points.map(\.council) == ["Ayton", "Beeford", "Cowley"])
        #expect(plot.maxBase == 500)
        for curve in plot.curves {
            #expect(curve.lower998 <= curve.lower95 && curve.lower95 <= plot.pooled && plot.pooled <= curve.upper95 && curve.upper95 <= curve.upper998)
        }
        let widths = plot.curves.map { $0.upper95 - $0.lower95 }
        #expect(widths.first ?? 0 > widths.last ?? 0)
        // Cowley: 75.4% of 130 against 62.5%. scipy.stats.binom with Spiegelhalter's interpolation
        // gives the upper limits at n = 130: 0.703193115826566 (95%), 0.7489052597845888 (99.8%).
        let upper95 = try #require(FunnelLimits.limits(n: 130, target: 341.0 / 546.0, confidence: 0.95)).upper
        let upper998 = try #require(FunnelLimits.limits(n: 130, target: 341.0 / 546.0, confidence: 0.998)).upper
        #expect(abs(upper95 - 0.703193115826566) < 1e-9)
        #expect(abs(upper998 - 0.7489052597845888) < 1e-9)
        #expect(plot.points.first { $0.council == "Cowley" }?.position == .beyond998)
        #expect(plot.points.first { $0.council == "Ayton" }?.position == .within)
    }

    @Test("the SVG labels every council with its value, draws both limits, and is the same every time")
    func svg() throws {
        let plot = try #require(FunnelPlot(id: "needs-met", title: "Needs met", proportion: Self.proportion))
        let svg = plot.svg()
        #expect(svg == plot.svg())
        #expect(svg.contains("Cowley: 75.4% of 130"))
        #expect(svg.contains("Ayton: 60.7% of 267"))
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains("Pooled 62.5%"))
        #expect(plot.altText.contains("Cowley 75.4% of 130, outside the 99.8% limits"))
    }

    @Test("no plot for fewer than two councils or a pooled share of 0 or 100%")
    func none() {
        #expect(FunnelPlot(id: "x", title: "x", proportion: RegionProportion(id: "x", label: "x", wave: nil, figures: [("A", ProportionEstimate(successes: 3, total: 9))])) == nil)
        #expect(FunnelPlot(id: "x", title: "x", proportion: RegionProportion(id: "x", label: "x", wave: nil, figures: [
            ("A", ProportionEstimate(successes: 9, total: 9)), ("B", ProportionEstimate(successes: 5, total: 5)),
        ])) == nil)
    }
}
