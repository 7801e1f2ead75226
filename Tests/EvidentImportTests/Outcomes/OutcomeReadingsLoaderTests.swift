import EvidentModel
import Testing

@testable import EvidentImport

@Suite("Outcome readings")
struct OutcomeReadingsLoaderTests {
    static let header = "Case ref,Reading date,Approved,Team,"
        + OutcomeTool.familyStarPlus.domains.map(\.label).joined(separator: ",")

    /// A row with every domain at `value` unless `cells` is given.
    static func row(_ caseID: String, _ date: String, approved: String = "Yes", team: String = "North", value: Int = 5, cells: [String]? = nil) -> String {
        ([caseID, date, approved, team] + (cells ?? Array(repeating: String(value), count: 10))).joined(separator: ",")
    }

    func load(_ rows: [String], approved: Bool = true, extra: String = "") throws -> Dataset {
        let dir = try TemporaryDirectory()
        let path = try dir.write("star.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        var readings = OutcomeReadingsSpec(caseColumn: "Case ref", dateColumn: "Reading date", approvedColumn: approved ? "Approved" : nil)
        readings.approvedValues = ["yes"]
        var spec = DatasetSpec(
            id: "star", kind: .outcomeReadings, path: path, attributes: ["Team"], declaredAt: SourceLocation(file: "study.yaml", line: 3)
        )
        spec.readings = readings
        return try DatasetLoader.load(spec, scales: [:])
    }

    @Test("first and latest reading per case by date, whatever the file's order; a single reading has no latest")
    func journeys() throws {
        let dataset = try load([
            Self.row("C1", "10/03/2016", value: 6),
            Self.row("C1", "12/01/2016", value: 3),
            Self.row("C2", "2016-02-01", value: 4),
            Self.row("C1", "20/02/2016", value: 5),
        ])
        let set = try #require(dataset.outcomes)
        #expect(set.journeys.map(\.caseID) == ["C1", "C2"])
        let first = set.journeys[0]
        #expect(first.first.date.description == "2016-01-12")
        #expect(first.first.values.first == 3)
        #expect(first.latest?.date.description == "2016-03-10")
        #expect(first.latest?.values.first == 6)
        #expect(first.readings == 3)
        #expect(set.journeys[1].latest == nil)
        #expect(set.casesOutOfOrder == 1)
        #expect(dataset.accounting == Accounting(rowsRead: 4, complete: 4, partial: 0, rejected: 0))
        #expect(dataset.diagnostics.contains { $0.message.contains("1 case(s) had readings out of date order") })
        #expect(dataset.diagnostics.contains { $0.message.contains("2 case(s): 1 with a first and a latest reading, 1 with a single reading") })
    }

    @Test("unapproved readings, blank ids and dates, a duplicate and a correction on the same day are each accounted for")
    func rules() throws {
        let dataset = try load([
            Self.row("C1", "01/02/2016", value: 3),                 // line 2: superseded by line 3
            Self.row("C1", "01/02/2016", value: 4),                 // line 3: kept
            Self.row("C1", "01/02/2016", value: 4),                 // line 4: exact repeat of line 3
            Self.row("C1", "01/05/2016", approved: "No", value: 9), // line 5: a draft
            Self.row("", "01/05/2016"),                             // line 6: no case id
            Self.row("C2", ""),                                     // line 7: no date
            Self.row("C2", "31/02/2016"),                           // line 8: not a date
            Self.row("C2", "01/03/2016", cells: Array(repeating: "", count: 10)), // line 9: nothing read
            Self.row("C2", "01/04/2016", value: 5),                 // line 10
        ])
        let set = try #require(dataset.outcomes)
        #expect(dataset.accounting == Accounting(rowsRead: 9, complete: 2, partial: 0, rejected: 7))
        #expect(dataset.accounting.isBalanced)
        let reasons = dataset.rejections.map { "\($0.location.line ?? 0): \($0.reason)" }
        #expect(reasons == [
            "2: record is superseded by line 3, a later row for the same case and date",
            "4: record repeats line 3 exactly (a duplicate)",
            "5: record is not approved by the worker ('No'): a draft is left out",
            "6: record has no case id",
            "7: record has no date",
            "8: record has '31/02/2016' for its date, which is not a date",
            "9: record has no valid reading in any domain",
        ])
        #expect(set.journeys.map(\.caseID) == ["C1", "C2"])
        #expect(set.journeys[0].first.values.first == 4)
        #expect(set.journeys[0].latest == nil)
        #expect(set.unapproved == 1)
        #expect(set.superseded == 1)
    }

    @Test("a blank domain makes a reading partial; a typo'd value is listed and not guessed at")
    func partial() throws {
        var cells = Array(repeating: "6", count: 10)
        cells[2] = ""
        cells[4] = "77"
        cells[5] = "6.5"
        let dataset = try load([Self.row("C1", "2016-01-01", cells: cells), Self.row("C1", "2016-06-01", value: 7)])
        #expect(dataset.accounting == Accounting(rowsRead: 2, complete: 1, partial: 1, rejected: 0))
        let invalid = dataset.rejections.filter { $0.kind == .invalidValue }
        #expect(invalid.map(\.value) == ["77", "6.5"])
        #expect(invalid.map(\.column) == ["Social networks", "Education and learning"])
        #expect(invalid.first?.reason == "'77' is not a reading of Family Star Plus (whole numbers 1–10)")
        let journey = try #require(dataset.outcomes?.journeys.first)
        #expect(journey.first.values[2] == nil)
        #expect(journey.first.values[4] == nil)
        #expect(journey.first.average == 6)
        #expect(journey.attributes == ["North"])
    }

    @Test("a domain with no column is an error naming the manifest and how to map it")
    func missingDomain() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("star.csv", "Case,Date,Home and money\nC1,2016-01-01,5\n")
        var spec = DatasetSpec(id: "star", kind: .outcomeReadings, path: path, declaredAt: SourceLocation(file: "study.yaml", line: 9))
        spec.readings = OutcomeReadingsSpec(caseColumn: "Case", dateColumn: "Date")
        #expect(throws: InputError(
            "Family Star Plus domain 'Physical health' has no column in \(path)", at: SourceLocation(file: "study.yaml", line: 9),
            help: "name its column under readings: domains: {physical-health: <column>}"
        )) { try DatasetLoader.load(spec, scales: [:]) }
    }

    @Test("dates written month first are read so when a value shows it, day first otherwise")
    func dateOrder() throws {
        let dataset = try load([Self.row("C1", "03/04/2016"), Self.row("C1", "12/25/2016")])
        let journey = try #require(dataset.outcomes?.journeys.first)
        #expect(journey.first.date.description == "2016-03-04")
        #expect(journey.latest?.date.description == "2016-12-25")
    }
}
