import Testing

@testable import EvidentReport

@Suite("Diverging stacked bar chart")
struct DivergingBarChartTests {
    static let likert: [DivergingBarChart.Category] = [
        .init("Strongly disagree", side: .negative), .init("Disagree", side: .negative),
        .init("Neither", side: .neutral),
        .init("Agree", side: .positive), .init("Strongly agree", side: .positive),
    ]

    @Test("golden SVG for two items")
    func golden() {
        let chart = DivergingBarChart(
            id: "confidence", title: "Confidence, 2016",
            categories: Self.likert,
            rows: [
                .init(label: "I know when to refer a family to early help", counts: [1, 2, 3, 10, 4]),
                .init(label: "Thresholds", counts: [0, 0, 0, 0, 0]),
            ])
        SVGCheck.expect(chart.svg(), equals: "", name: "diverging")
    }
}
