import Testing

@testable import EvidentReport

@Suite("Dot-and-arrow chart")
struct DotArrowChartTests {
    static let chart = DotArrowChart(
        id: "change", title: "Confidence, 2015 to 2016", earlierLabel: "2015", laterLabel: "2016",
        rows: [
            .init(label: "Knowing when to refer", earlier: 62.5, later: 70),
            .init(label: "Using the assessment form with families who are reluctant to engage", earlier: 80, later: 55.25, isSignificant: true),
            .init(label: "New item", earlier: nil, later: 40),
            .init(label: "Unchanged", earlier: 50, later: 50),
            .init(label: "Dropped", earlier: nil, later: nil),
        ],
        significanceNote: "* significant at the 5% level")

    @Test("golden SVG: a rise, a significant fall, a new item, no change, no data")
    func golden() {
        SVGCheck.expect(Self.chart.svg(), equals: Self.goldenSVG, name: "dot-arrow")
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() {
        #expect(Self.chart.svg() == Self.chart.svg())
    }

    @Test("a significant change is marked with * and bold, on its label and its change")
    func significance() {
        let svg = Self.chart.svg()
        #expect(svg.contains("<text x=\"784\" y=\"146\" text-anchor=\"end\" font-weight=\"bold\">-24.8 *</text>"))
        #expect(svg.contains("reluctant to… *</text>"))
        #expect(svg.contains(">+7.5</text>"))
    }

    @Test("labels are escaped and the SVG stays well-formed")
    func escaping() {
        let chart = DotArrowChart(
            id: "x", title: "<script>alert(1)</script>", earlierLabel: "Wave 1 & 2", laterLabel: "\"Wave\" 3",
            rows: [.init(label: "R&D <b>", earlier: 10, later: 20)])
        let svg = chart.svg()
        #expect(SVGCheck.wellFormedError(svg) == nil)
        #expect(!svg.contains("<script"))
        #expect(svg.contains("R&amp;D &lt;b&gt;"))
        #expect(svg.contains("\"Wave\" 3, higher"))
    }

    @Test("values outside 0–100 are drawn at the axis ends but printed as given")
    func clamped() {
        let chart = DotArrowChart(id: "x", title: "x", earlierLabel: "a", laterLabel: "b", rows: [.init(label: "odd", earlier: -5, later: 120)])
        let svg = chart.svg()
        #expect(svg.contains("<circle cx=\"290\""))
        #expect(svg.contains("<polygon points=\"690,"))
        #expect(svg.contains(">120.0%</text>"))
        #expect(svg.contains(">-5.0%</text>"))
    }

    static let goldenSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 296" width="800" height="296" role="img" aria-labelledby="change-title change-desc" font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" font-size="12" fill="#1a1a1a">
          <title id="change-title">Confidence, 2015 to 2016</title>
          <desc id="change-desc">Dot-and-arrow chart of change from 2015 (hollow dot) to 2016 (arrowhead), % positive on an axis from 0 to 100. Knowing when to refer: 2015 62.5%, 2016 70.0%, change +7.5 points. Using the assessment form with families who are reluctant to engage: 2015 80.0%, 2016 55.3%, change -24.8 points (significant). New item: 2016 40.0%. Unchanged: 2015 50.0%, 2016 50.0%, change 0.0 points. Dropped: no data.</desc>
          <rect width="800" height="296" fill="#ffffff"/>
          <text x="16" y="31" font-size="15" font-weight="bold">Confidence, 2015 to 2016</text>
          <g font-size="12">
            <circle cx="22" cy="52" r="5" fill="#ffffff" stroke="#595959" stroke-width="2"/>
            <text x="34" y="56">2015</text>
            <line x1="76.88" y1="52" x2="90.88" y2="52" stroke="#0072B2" stroke-width="2"/>
            <polygon points="98.88,52 90.88,47.5 90.88,56.5" fill="#0072B2"/>
            <text x="104.88" y="56">2016, higher</text>
            <line x1="201.52" y1="52" x2="215.52" y2="52" stroke="#D55E00" stroke-width="2"/>
            <polygon points="223.52,52 215.52,47.5 215.52,56.5" fill="#D55E00"/>
            <text x="229.52" y="56">2016, lower</text>
            <text x="319.44" y="56">* significant at the 5% level</text>
          </g>
          <g font-size="11" fill="#595959" text-anchor="middle">
            <line x1="290" y1="90" x2="290" y2="254" stroke="#404040" stroke-width="1"/>
            <text x="290" y="86">0%</text>
            <line x1="330" y1="90" x2="330" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <line x1="370" y1="90" x2="370" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <text x="370" y="86">20%</text>
            <line x1="410" y1="90" x2="410" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <line x1="450" y1="90" x2="450" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <text x="450" y="86">40%</text>
            <line x1="490" y1="90" x2="490" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <line x1="530" y1="90" x2="530" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <text x="530" y="86">60%</text>
            <line x1="570" y1="90" x2="570" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <line x1="610" y1="90" x2="610" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <text x="610" y="86">80%</text>
            <line x1="650" y1="90" x2="650" y2="254" stroke="#d9d9d9" stroke-width="1"/>
            <line x1="690" y1="90" x2="690" y2="254" stroke="#404040" stroke-width="1"/>
            <text x="690" y="86">100%</text>
            <text x="490" y="272">% positive</text>
            <text x="784" y="86" text-anchor="end">Change</text>
          </g>
          <g>
            <title>Knowing when to refer: 2015 62.5%, 2016 70.0%, change +7.5 points.</title>
            <text x="16" y="114">Knowing when to refer</text>
            <text x="784" y="114" text-anchor="end">+7.5</text>
            <line x1="545" y1="110" x2="562" y2="110" stroke="#0072B2" stroke-width="2"/>
            <polygon points="570,110 562,105.5 562,114.5" fill="#0072B2"/>
            <circle cx="540" cy="110" r="5" fill="#ffffff" stroke="#595959" stroke-width="2"/>
            <text x="531" y="114" font-size="11" text-anchor="end">62.5%</text>
            <text x="575" y="114" font-size="11" text-anchor="start">70.0%</text>
          </g>
          <g>
            <title>Using the assessment form with families who are reluctant to engage: 2015 80.0%, 2016 55.3%, change -24.8 points (significant).</title>
            <text x="16" y="139" font-weight="bold">Using the assessment form with</text>
            <text x="16" y="153" font-weight="bold">families who are reluctant to… *</text>
            <text x="784" y="146" text-anchor="end" font-weight="bold">-24.8 *</text>
            <line x1="605" y1="142" x2="519" y2="142" stroke="#D55E00" stroke-width="3"/>
            <polygon points="511,142 519,137.5 519,146.5" fill="#D55E00"/>
            <circle cx="610" cy="142" r="5" fill="#ffffff" stroke="#595959" stroke-width="2"/>
            <text x="619" y="146" font-size="11" text-anchor="start">80.0%</text>
            <text x="506" y="146" font-size="11" text-anchor="end" font-weight="bold">55.3%</text>
          </g>
          <g>
            <title>New item: 2016 40.0%.</title>
            <text x="16" y="178">New item</text>
            <text x="784" y="178" text-anchor="end">–</text>
            <polygon points="454,174 446,169.5 446,178.5" fill="#404040"/>
            <text x="459" y="178" font-size="11" text-anchor="start">40.0%</text>
          </g>
          <g>
            <title>Unchanged: 2015 50.0%, 2016 50.0%, change 0.0 points.</title>
            <text x="16" y="210">Unchanged</text>
            <text x="784" y="210" text-anchor="end">0.0</text>
            <circle cx="490" cy="206" r="5" fill="#ffffff" stroke="#595959" stroke-width="2"/>
            <text x="499" y="210" font-size="11" text-anchor="start">50.0%</text>
          </g>
          <g>
            <title>Dropped: no data.</title>
            <text x="16" y="242">Dropped</text>
            <text x="784" y="242" text-anchor="end">–</text>
            <text x="490" y="242" text-anchor="middle" font-style="italic" fill="#595959">no data</text>
          </g>
        </svg>

        """
}
