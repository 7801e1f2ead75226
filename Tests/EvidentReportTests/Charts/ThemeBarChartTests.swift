import Testing

@testable import EvidentReport

@Suite("Theme bar chart")
struct ThemeBarChartTests {
    static let chart = ThemeBarChart(
        id: "themes", title: "What families valued",
        rows: [
            .init(label: "Being listened to", count: 25, base: 60, interval: 29.9...54.4),
            .init(label: "Worker took time", count: 12, base: 60, interval: 11.8...31.8, level: 1),
            .init(label: "Practical help", count: 9, base: 60, interval: 7.9...25.9),
            .init(label: "Not asked", count: 0, base: 0),
        ])

    @Test("golden SVG with a sub-code, intervals and a row with no base")
    func golden() {
        SVGCheck.expect(Self.chart.svg(), equals: Self.goldenSVG, name: "themes")
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() {
        #expect(Self.chart.svg() == Self.chart.svg())
    }

    @Test("bar labels: percentage with one decimal and n/base, or no answers", arguments: [
        (ThemeBarChart.Row(label: "a", count: 25, base: 60), true, "41.7% (25/60)"),
        (ThemeBarChart.Row(label: "a", count: 25, base: 60), false, "41.7%"),
        (ThemeBarChart.Row(label: "a", count: 0, base: 7), true, "0.0% (0/7)"),
        (ThemeBarChart.Row(label: "a", count: 3, base: 0), true, "no answers"),
        // National-scale counts are grouped in thousands: 61806 / 199285 = 31.01%.
        (ThemeBarChart.Row(label: "a", count: 61_806, base: 199_285), true, "31.0% (61,806/199,285)"),
    ])
    func valueText(row: ThemeBarChart.Row, showsCounts: Bool, expected: String) {
        let chart = ThemeBarChart(id: "x", title: "x", rows: [row], showsCounts: showsCounts)
        #expect(chart.valueText(for: row) == expected)
        #expect(SVGCheck.wellFormedError(chart.svg()) == nil)
    }

    @Test("labels are escaped and the SVG stays well-formed")
    func escaping() {
        let chart = ThemeBarChart(
            id: "x", title: "Themes & <script>", rows: [.init(label: "<script>alert('x')</script> & more", count: 1, base: 2, level: 1)])
        let svg = chart.svg()
        #expect(SVGCheck.wellFormedError(svg) == nil)
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more"))
    }

    @Test("the axis grows to fit the widest bar or interval, in tens")
    func axis() {
        let narrow = ThemeBarChart(id: "x", title: "x", rows: [.init(label: "a", count: 1, base: 20)]).svg()
        #expect(narrow.contains(">10%</text>") && !narrow.contains(">20%</text>"))
        let wide = ThemeBarChart(id: "x", title: "x", rows: [.init(label: "a", count: 1, base: 20, interval: 1...72)]).svg()
        #expect(wide.contains(">80%</text>") && !wide.contains(">90%</text>"))
    }

    static let goldenSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 780 268" width="780" height="268" role="img" aria-labelledby="themes-title themes-desc" font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" font-size="12" fill="#1a1a1a">
          <title id="themes-title">What families valued</title>
          <desc id="themes-desc">Horizontal bar chart of the percentage of respondents mentioning each theme. Being listened to: 41.7% (25/60), 95% interval 29.9% to 54.4%. Worker took time (sub-code): 20.0% (12/60), 95% interval 11.8% to 31.8%. Practical help: 15.0% (9/60), 95% interval 7.9% to 25.9%. Not asked: no answers.</desc>
          <rect width="780" height="268" fill="#ffffff"/>
          <text x="16" y="31" font-size="15" font-weight="bold">What families valued</text>
          <g font-size="12">
            <rect x="16" y="46" width="12" height="12" fill="#0072B2" stroke="#595959" stroke-width="0.5"/>
            <text x="34" y="56">Theme</text>
            <rect x="83.6" y="46" width="12" height="12" fill="#56B4E9" stroke="#595959" stroke-width="0.5"/>
            <text x="101.6" y="56">Sub-code (indented)</text>
            <line x1="246.28" y1="52" x2="266.28" y2="52" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="246.28" y1="47" x2="246.28" y2="57" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="266.28" y1="47" x2="266.28" y2="57" stroke="#1a1a1a" stroke-width="1.5"/>
            <text x="273.28" y="56">95% interval</text>
          </g>
          <g font-size="11" fill="#595959" text-anchor="middle">
            <line x1="250" y1="90" x2="250" y2="214" stroke="#404040" stroke-width="1"/>
            <text x="250" y="86">0%</text>
            <line x1="366.67" y1="90" x2="366.67" y2="214" stroke="#d9d9d9" stroke-width="1"/>
            <text x="366.67" y="86">20%</text>
            <line x1="483.33" y1="90" x2="483.33" y2="214" stroke="#d9d9d9" stroke-width="1"/>
            <text x="483.33" y="86">40%</text>
            <line x1="600" y1="90" x2="600" y2="214" stroke="#d9d9d9" stroke-width="1"/>
            <text x="600" y="86">60%</text>
          </g>
          <g>
            <title>Being listened to: 41.7% (25/60), 95% interval 29.9% to 54.4%.</title>
            <text x="16" y="113" font-weight="bold">Being listened to</text>
            <rect x="250" y="101" width="243.06" height="16" fill="#0072B2"/>
            <line x1="424.42" y1="109" x2="567.33" y2="109" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="424.42" y1="104" x2="424.42" y2="114" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="567.33" y1="104" x2="567.33" y2="114" stroke="#1a1a1a" stroke-width="1.5"/>
            <text x="573.33" y="113" font-size="11">41.7% (25/60)</text>
          </g>
          <g>
            <title>Worker took time (sub-code): 20.0% (12/60), 95% interval 11.8% to 31.8%.</title>
            <text x="30" y="143">Worker took time</text>
            <rect x="250" y="134" width="116.67" height="10" fill="#56B4E9"/>
            <line x1="318.83" y1="139" x2="435.5" y2="139" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="318.83" y1="134" x2="318.83" y2="144" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="435.5" y1="134" x2="435.5" y2="144" stroke="#1a1a1a" stroke-width="1.5"/>
            <text x="441.5" y="143" font-size="11">20.0% (12/60)</text>
          </g>
          <g>
            <title>Practical help: 15.0% (9/60), 95% interval 7.9% to 25.9%.</title>
            <text x="16" y="173" font-weight="bold">Practical help</text>
            <rect x="250" y="161" width="87.5" height="16" fill="#0072B2"/>
            <line x1="296.08" y1="169" x2="401.08" y2="169" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="296.08" y1="164" x2="296.08" y2="174" stroke="#1a1a1a" stroke-width="1.5"/>
            <line x1="401.08" y1="164" x2="401.08" y2="174" stroke="#1a1a1a" stroke-width="1.5"/>
            <text x="407.08" y="173" font-size="11">15.0% (9/60)</text>
          </g>
          <g>
            <title>Not asked: no answers.</title>
            <text x="16" y="203" font-weight="bold">Not asked</text>
            <text x="256" y="203" font-style="italic" fill="#595959">no answers</text>
          </g>
          <g font-size="11" fill="#595959">
            <text x="16" y="236">Percentage of respondents who mentioned each theme (respondents/base). A respondent can mention several themes, so the</text>
            <text x="16" y="250">bars need not add up to 100%.</text>
          </g>
        </svg>

        """
}
