import Testing

@testable import EvidentReport

@Suite("Chart basics: numbers, rounding, text fitting, the SVG writer")
struct ChartBasicsTests {
    @Test("numbers print the same in every locale: fixed decimals, no negative zero", arguments: [
        (ChartNumber.fixed(2.5, places: 1), "2.5"), (ChartNumber.fixed(-0.04, places: 1), "0.0"),
        (ChartNumber.fixed(41.666, places: 1), "41.7"), (ChartNumber.fixed(0.125, places: 2), "0.13"),
        (ChartNumber.fixed(1234567.891, places: 2), "1234567.89"), (ChartNumber.fixed(-3.75, places: 1), "-3.8"),
        (ChartNumber.fixed(.nan, places: 1), "0.0"), (ChartNumber.fixed(99.96, places: 1), "100.0"),
        (ChartNumber.coordinate(12), "12"), (ChartNumber.coordinate(12.5), "12.5"), (ChartNumber.coordinate(12.254), "12.25"),
        (ChartNumber.coordinate(-0.001), "0"), (ChartNumber.coordinate(0.1 + 0.2), "0.3"),
        (ChartNumber.percent(55.55, places: 1), "55.6%"), (ChartNumber.signed(4.2, places: 1), "+4.2"),
        (ChartNumber.signed(-0.01, places: 1), "0.0"), (ChartNumber.signed(-3, places: 1), "-3.0"),
    ])
    func numbers(actual: String, expected: String) {
        #expect(actual == expected)
    }

    @Test("largest remainder rounding", arguments: [
        ([1, 1, 1], [34, 33, 33]), ([0, 0], [0, 0]), ([1, 0, -2], [100, 0, 0]), ([2, 1], [67, 33]), ([1, 2, 3, 10, 4], [5, 10, 15, 50, 20]),
    ])
    func largestRemainder(counts: [Int], expected: [Int]) {
        #expect(RoundedPercentages.of(counts) == expected)
    }

    @Test("every row of many count combinations rounds to exactly 100")
    func roundingAlwaysSums() {
        for a in 0...6 {
            for b in 0...6 {
                for c in 0...6 where a + b + c > 0 {
                    #expect(RoundedPercentages.of([a, b, c, 1]).reduce(0, +) == 100)
                }
            }
        }
    }

    @Test("labels wrap at spaces, break long words, and are cut with an ellipsis", arguments: [
        ("short", 10, 2, ["short"], false),
        ("one two three four", 9, 2, ["one two", "three…"], true),
        ("one two three", 9, 2, ["one two", "three"], false),
        ("abcdefghijklmnop", 6, 2, ["abcdef", "ghijk…"], true),
        ("  spaced\n\tout  ", 20, 1, ["spaced out"], false),
    ])
    func wrapping(text: String, width: Int, lines: Int, expected: [String], shortened: Bool) {
        let result = ChartText.wrap(text, maxCharacters: width, maxLines: lines)
        #expect(result.lines == expected)
        #expect(result.shortened == shortened)
    }

    @Test("the writer escapes text and attributes, drops characters XML cannot hold, and nests elements")
    func writer() {
        var writer = SVGWriter(id: "9 lives", width: 10, height: 5.5, title: "A & B", description: "<script>\u{01}</script>")
        writer.open("g", ["class": "x\"y", "data-skip": nil])
        writer.element("text", ["x": 1.5], text: "Tom & 'Jerry' > \"Spike\"")
        writer.text("short", tooltip: "long & full", ["y": 2])
        let svg = writer.finish()
        #expect(svg == """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5.5" width="10" height="5.5" role="img" aria-labelledby="chart-9-lives-title chart-9-lives-desc" font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" font-size="12" fill="#1a1a1a">
              <title id="chart-9-lives-title">A &amp; B</title>
              <desc id="chart-9-lives-desc">&lt;script&gt;\u{FFFD}&lt;/script&gt;</desc>
              <rect width="10" height="5.5" fill="#ffffff"/>
              <g class="x&quot;y">
                <text x="1.5">Tom &amp; 'Jerry' &gt; "Spike"</text>
                <text y="2"><title>long &amp; full</title>short</text>
              </g>
            </svg>

            """)
        #expect(SVGCheck.wellFormedError(svg) == nil)
    }

    @Test("the well-formedness check itself rejects broken XML")
    func checkerRejects() {
        #expect(SVGCheck.wellFormedError("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a & b</text></svg>") != nil)
        #expect(SVGCheck.wellFormedError("<svg><g></svg>") != nil)
        #expect(SVGCheck.wellFormedError("<html xmlns=\"http://www.w3.org/2000/svg\"/>") != nil)
    }
}
