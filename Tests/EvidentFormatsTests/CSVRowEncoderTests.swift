import Testing

@testable import EvidentFormats

@Suite("Encodable rows as CSV tables")
struct CSVRowEncoderTests {
    struct Interval: Encodable, CSVColumnGroup {
        var lower: Double
        var upper: Double

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(lower)
            try container.encode(upper)
        }

        static func csvColumns(named key: String) -> [String] { [key + "_low", key + "_high"] }
        var csvCells: [CSVTable.Cell] { [.number(lower), .number(upper)] }
    }

    struct Nested: Encodable {
        var a = 1
    }

    struct Row: Encodable {
        var dataset = "=practitioners"
        var n = 0
        var mean: Double?
        var mean_ci95: Interval?
        var significant = false
        var items: [String] = []
        var distribution: [Nested] = [Nested()]
        var empty: [Nested] = []
        var detail = Nested()
    }

    @Test("header from the row's keys, intervals spread, lists joined, nested values left out, nil empty")
    func table() throws {
        let rows = [
            Row(dataset: "=practitioners", n: 3, mean: 2.5, mean_ci95: Interval(lower: 1, upper: 4.25), significant: true, items: ["a", "b"]),
            Row(dataset: "feedback", n: 0),
        ]
        let table = try CSVRowEncoder.table(rows, template: Row())
        // By hand: the header is the keys in order, mean_ci95 as two columns, distribution and
        // detail left out; the text cell is neutralised by CSVTable.
        #expect(table.rendered() == "\u{FEFF}dataset,n,mean,mean_ci95_low,mean_ci95_high,significant,items\r\n"
            + "'=practitioners,3,2.5,1,4.25,yes,a;b\r\n"
            + "feedback,0,,,,no,\r\n")
    }

    @Test("a table with no rows keeps its header")
    func empty() throws {
        #expect(try CSVRowEncoder.table([Row](), template: Row()).header == [
            "dataset", "n", "mean", "mean_ci95_low", "mean_ci95_high", "significant", "items",
        ])
    }
}
