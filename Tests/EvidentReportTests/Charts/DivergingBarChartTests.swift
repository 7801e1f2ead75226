import Testing

@testable import EvidentReport

@Suite("Diverging stacked bar chart")
struct DivergingBarChartTests {
    static let likert: [DivergingBarChart.Category] = [
        .init("Strongly disagree", side: .negative), .init("Disagree", side: .negative),
        .init("Neither", side: .neutral),
        .init("Agree", side: .positive), .init("Strongly agree", side: .positive),
    ]

    static let chart = DivergingBarChart(
        id: "confidence", title: "Confidence, 2016",
        categories: likert,
        rows: [
            .init(label: "I know when to refer a family to early help", counts: [1, 2, 3, 10, 4]),
            .init(label: "Thresholds", counts: [0, 0, 0, 0, 0]),
        ])

    @Test("golden SVG for two items, one of them with no answers")
    func golden() {
        SVGCheck.expect(Self.chart.svg(), equals: Self.goldenSVG, name: "diverging")
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() {
        #expect(Self.chart.svg() == Self.chart.svg())
    }

    @Test("printed percentages add up to exactly 100 in every row", arguments: [
        [1, 1, 1, 0, 0], [1, 2, 3, 10, 4], [7, 0, 0, 0, 0], [1, 1, 1, 1, 1], [3, 3, 3, 0, 1], [997, 1, 1, 1, 0], [2, 5, 11, 13, 17],
    ])
    func percentagesSumTo100(counts: [Int]) {
        let chart = DivergingBarChart(id: "x", title: "x", categories: Self.likert, rows: [.init(label: "item", counts: counts)])
        let percents = chart.percentages(of: chart.rows[0])
        #expect(percents.reduce(0, +) == 100)
        let total = Double(counts.reduce(0, +))
        for (percent, count) in zip(percents, counts) {
            #expect(abs(Double(percent) - Double(count) / total * 100) < 1)
        }
    }

    @Test("a row with n = 0 draws no bar and says so")
    func emptyRow() {
        let chart = DivergingBarChart(id: "empty", title: "Empty", categories: Self.likert, rows: [.init(label: "Nobody answered", counts: [])])
        let svg = chart.svg()
        #expect(SVGCheck.wellFormedError(svg) == nil)
        #expect(svg.contains(">no answers</text>"))
        #expect(svg.contains(">n = 0</text>"))
        #expect(!svg.contains("stroke=\"#ffffff\""))
        #expect(chart.percentages(of: chart.rows[0]) == [0, 0, 0, 0, 0])
    }

    @Test("labels with markup and ampersands are escaped everywhere and the SVG stays well-formed")
    func escaping() {
        let chart = DivergingBarChart(
            id: "<bad id>", title: "Tom & Jerry's <script>alert(1)</script>",
            categories: [.init("No & \"never\"", side: .negative), .init("Yes <b>", side: .positive)],
            rows: [.init(label: "<img src=x onerror=alert(1)> & 'quotes'", counts: [1, 3])],
            summary: "A & B")
        let svg = chart.svg()
        #expect(SVGCheck.wellFormedError(svg) == nil)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("Tom &amp; Jerry's &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("No &amp; \"never\""))
        #expect(svg.contains("aria-labelledby=\"chart--bad-id--title chart--bad-id--desc\""))
    }

    @Test("categories are drawn negative, neutral, positive whatever order they come in")
    func drawingOrder() {
        let chart = DivergingBarChart(
            id: "x", title: "x",
            categories: [.init("Agree", side: .positive), .init("Neutral", side: .neutral), .init("Disagree", side: .negative)],
            rows: [])
        #expect(chart.drawingOrder == [2, 1, 0])
    }

    @Test("a long item is wrapped onto two lines and cut, with the full text in the row's tooltip")
    func longLabel() {
        let long = "I feel confident explaining the early help assessment to a family who has never heard of it before and is worried"
        let chart = DivergingBarChart(id: "x", title: "x", categories: Self.likert, rows: [.init(label: long, counts: [1, 1, 1, 1, 1])])
        let svg = chart.svg()
        #expect(svg.contains("<title>\(long) (n = 5)"))
        #expect(svg.contains("…</text>"))
    }

    @Test("a seven-point scale and a banded 0–100 answer without a neutral band draw well-formed charts")
    func otherScales() {
        let seven = DivergingBarChart(
            id: "seven", title: "Seven-point agreement",
            categories: ["Strongly disagree", "Disagree", "Somewhat disagree"].map { .init($0, side: .negative) }
                + [.init("Neither agree nor disagree", side: .neutral)]
                + ["Somewhat agree", "Agree", "Strongly agree"].map { .init($0, side: .positive) },
            rows: [
                .init(label: "I am confident completing an early help assessment with a family", counts: [12, 30, 41, 55, 160, 240, 118]),
                .init(label: "Supervision helps me reflect on my practice with families where there are concerns about neglect", counts: [0, 3, 0, 1, 0, 9, 40]),
                .init(label: "Everyone disagrees", counts: [50, 0, 0, 0, 0, 0, 0]),
            ])
        let banded = DivergingBarChart(
            id: "banded", title: "How well is your family doing? (0–100)",
            categories: [.init("0–24", side: .negative), .init("25–49", side: .negative), .init("50–74", side: .positive), .init("75–100", side: .positive)],
            rows: [.init(label: "At referral", counts: [14, 20, 9, 2]), .init(label: "At closure", counts: [2, 8, 21, 14])])
        for (chart, name) in [(seven, "diverging-seven"), (banded, "diverging-banded")] {
            let svg = chart.svg()
            SVGCheck.record(svg, as: name)
            #expect(SVGCheck.wellFormedError(svg) == nil)
            for row in chart.rows { #expect(chart.percentages(of: row).reduce(0, +) == 100) }
        }
    }

    static let goldenSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 780 220" width="780" height="220" role="img" aria-labelledby="confidence-title confidence-desc" font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" font-size="12" fill="#1a1a1a">
          <title id="confidence-title">Confidence, 2016</title>
          <desc id="confidence-desc">Diverging stacked bar chart, one bar per item: each category's share of the item's answers, negative categories left of the centre line, positive categories right of it, the neutral category split across it. I know when to refer a family to early help (n = 20): Strongly disagree 5%, Disagree 10%, Neither 15%, Agree 50%, Strongly agree 20%. Thresholds: no answers.</desc>
          <rect width="780" height="220" fill="#ffffff"/>
          <text x="16" y="31" font-size="15" font-weight="bold">Confidence, 2016</text>
          <g font-size="12">
            <rect x="16" y="46" width="12" height="12" fill="#b35806" stroke="#595959" stroke-width="0.5"/>
            <text x="34" y="56">Strongly disagree</text>
            <rect x="164.24" y="46" width="12" height="12" fill="#fdb863" stroke="#595959" stroke-width="0.5"/>
            <text x="182.24" y="56">Disagree</text>
            <rect x="252" y="46" width="12" height="12" fill="#d4d4d4" stroke="#595959" stroke-width="0.5"/>
            <text x="270" y="56">Neither</text>
            <rect x="333.04" y="46" width="12" height="12" fill="#b2abd2" stroke="#595959" stroke-width="0.5"/>
            <text x="351.04" y="56">Agree</text>
            <rect x="400.64" y="46" width="12" height="12" fill="#542788" stroke="#595959" stroke-width="0.5"/>
            <text x="418.64" y="56">Strongly agree</text>
          </g>
          <g font-size="11" fill="#595959" text-anchor="middle">
            <line x1="286" y1="90" x2="286" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="286" y="86">80%</text>
            <line x1="333.5" y1="90" x2="333.5" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="333.5" y="86">60%</text>
            <line x1="381" y1="90" x2="381" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="381" y="86">40%</text>
            <line x1="428.5" y1="90" x2="428.5" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="428.5" y="86">20%</text>
            <line x1="476" y1="90" x2="476" y2="166" stroke="#404040" stroke-width="1.5"/>
            <text x="476" y="86">0%</text>
            <line x1="523.5" y1="90" x2="523.5" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="523.5" y="86">20%</text>
            <line x1="571" y1="90" x2="571" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="571" y="86">40%</text>
            <line x1="618.5" y1="90" x2="618.5" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="618.5" y="86">60%</text>
            <line x1="666" y1="90" x2="666" y2="166" stroke="#d9d9d9" stroke-width="1"/>
            <text x="666" y="86">80%</text>
          </g>
          <g>
            <title>I know when to refer a family to early help (n = 20): Strongly disagree 1 (5%), Disagree 2 (10%), Neither 3 (15%), Agree 10 (50%), Strongly agree 4 (20%)</title>
            <text x="16" y="109">I know when to refer a family to</text>
            <text x="16" y="123">early help</text>
            <text x="764" y="116" text-anchor="end" font-style="italic" fill="#595959">n = 20</text>
            <rect x="422.56" y="102" width="11.88" height="20" fill="#b35806" stroke="#ffffff" stroke-width="1">
              <title>Strongly disagree: 1 of 20 (5%)</title>
            </rect>
            <rect x="434.44" y="102" width="23.75" height="20" fill="#fdb863" stroke="#ffffff" stroke-width="1">
              <title>Disagree: 2 of 20 (10%)</title>
            </rect>
            <rect x="458.19" y="102" width="35.63" height="20" fill="#d4d4d4" stroke="#ffffff" stroke-width="1">
              <title>Neither: 3 of 20 (15%)</title>
            </rect>
            <text x="476" y="116" text-anchor="middle" font-size="11" fill="#1a1a1a">15%</text>
            <rect x="493.81" y="102" width="118.75" height="20" fill="#b2abd2" stroke="#ffffff" stroke-width="1">
              <title>Agree: 10 of 20 (50%)</title>
            </rect>
            <text x="553.19" y="116" text-anchor="middle" font-size="11" fill="#1a1a1a">50%</text>
            <rect x="612.56" y="102" width="47.5" height="20" fill="#542788" stroke="#ffffff" stroke-width="1">
              <title>Strongly agree: 4 of 20 (20%)</title>
            </rect>
            <text x="636.31" y="116" text-anchor="middle" font-size="11" fill="#ffffff">20%</text>
            <text x="418.56" y="116" text-anchor="end" font-weight="bold">15%</text>
            <text x="664.06" y="116" font-weight="bold">70%</text>
          </g>
          <g>
            <title>Thresholds (n = 0): no answers</title>
            <text x="16" y="152">Thresholds</text>
            <text x="764" y="152" text-anchor="end" font-style="italic" fill="#595959">n = 0</text>
            <text x="476" y="152" text-anchor="middle" font-style="italic" fill="#595959">no answers</text>
          </g>
          <g font-size="11" fill="#595959">
            <text x="16" y="188">Percentages of each item's answers (n), adding up to 100 per item. The neutral answer is split across the centre line.</text>
            <text x="16" y="202">Beside each bar: all negative answers (left) and all positive answers (right).</text>
          </g>
        </svg>

        """
}
