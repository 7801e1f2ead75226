import Testing
@testable import EvidentReport

@Suite("Distance travelled chart")
struct DistanceChartTests {
    static let chart = DistanceChart(id: "star", title: "Family Star Plus", min: 1, max: 10, rows: [
        .init(label: "Home and money", first: 4.25, latest: 6.5, cases: 40, isSignificant: true),
        .init(label: "Social networks", first: 5.0, latest: 4.75, cases: 38, isSignificant: false),
        .init(label: "Progress to work", first: nil, latest: nil, cases: 0, isSignificant: false),
    ])

    @Test("means printed at both ends, the change in its column, a fall drawn leftwards, no pairs said so")
    func content() {
        let svg = Self.chart.svg()
        #expect(svg == Self.chart.svg())
        for text in [">4.3<", ">6.5<", ">+2.3<", ">5.0<", ">4.8<", ">-0.3<", ">no pairs<", "Home and money *"] {
            #expect(svg.contains(text), "\(text)")
        }
        // x = 250 + (value − 1) / 9 × 390: the first reading of Home and money sits at 390.83.
        #expect(svg.contains("cx=\"390.83\""))
        #expect(Self.chart.altText.contains("Home and money: 4.3 to 6.5 (n = 40), significant"))
    }
}
