import EvidentModel
import Testing

@testable import EvidentImport

/// Outcome files are opened through the same tabular reader as survey exports: a tracker kept
/// in Excel is read from its sheet, dates from their serial numbers.
@Suite("Outcome tables")
struct OutcomeTableTests {
    static func text(_ ref: String, _ value: String) -> String { "<c r=\"\(ref)\" t=\"str\"><v>\(value)</v></c>" }

    @Test("a Family Star Plus tracker in a workbook's named sheet: dates from serials, readings from numbers")
    func workbook() throws {
        let domains = OutcomeTool.familyStarPlus.domains.map(\.label)
        let columns = (0..<13).map { String(UnicodeScalar(UInt8(65 + $0))) }
        let header = ["Family", "Date", "Approved"] + domains
        func row(_ number: Int, _ cells: [String]) -> String {
            "<row r=\"\(number)\">" + cells.joined() + "</row>"
        }
        // 42381 is 2016-01-12 and 42541 is 2016-06-20 in Excel's 1900 system (Python: date − 1899-12-30).
        let first = [Self.text("A2", "F1"), "<c r=\"B2\" s=\"2\"><v>42381</v></c>", Self.text("C2", "Yes")]
            + (3..<13).map { "<c r=\"\(columns[$0])2\"><v>4</v></c>" }
        let latest = [Self.text("A3", "F1"), "<c r=\"B3\" s=\"2\"><v>42541</v></c>", Self.text("C3", "Yes")]
            + (3..<13).map { "<c r=\"\(columns[$0])3\"><v>7</v></c>" }
        var book = XlsxWorkbookBuilder()
        book.sheets = [
            ("Notes", XlsxWorkbookBuilder.sheet([row(1, [Self.text("A1", "Read me")])]), false),
            ("Star", XlsxWorkbookBuilder.sheet([row(1, header.enumerated().map { Self.text("\(columns[$0])1", $1) }), row(2, first), row(3, latest)]), false),
        ]
        let path = try TemporaryDirectory().write("tracker.xlsx", bytes: book.bytes())
        var spec = DatasetSpec(id: "star", kind: .outcomeReadings, path: path, declaredAt: SourceLocation(file: "study.yaml", line: 3))
        spec.sheet = "Star"
        spec.readings = OutcomeReadingsSpec(caseColumn: "Family", dateColumn: "Date", approvedColumn: "Approved")
        let dataset = try DatasetLoader.load(spec, scales: [:])
        #expect(dataset.encoding == "xlsx")
        #expect(dataset.accounting.complete == 2)
        let journey = try #require(dataset.outcomes?.journeys.first)
        #expect(journey.first.date.description == "2016-01-12")
        #expect(journey.latest?.date.description == "2016-06-20")
        #expect(journey.latest?.values.first == 7)
    }
}
