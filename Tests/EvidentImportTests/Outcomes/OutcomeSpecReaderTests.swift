import EvidentModel
import Testing

@testable import EvidentImport

@Suite("Outcome manifest blocks")
struct OutcomeSpecReaderTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("star.csv", "Case,Date\n")
    }

    func read(_ datasets: String, tools: String = "") throws -> StudySpec {
        try ManifestReader.parse("study: {title: T}\ndatasets:\n" + datasets + tools, file: "study.yaml", directory: dir.path)
    }

    func message(_ datasets: String, tools: String = "") -> String? {
        do {
            _ = try read(datasets, tools: tools)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("readings: with the built-in tool, mapped domains and bands")
    func readings() throws {
        let spec = try read("""
              - id: star
                kind: outcome-readings
                file: star.csv
                readings:
                  case_id: Case
                  date: Date
                  approved: Approved
                  approved_values: [Yes]
                  date_order: mdy
                  domains: {well-being: Adult wellbeing}
                  bands: [{label: Low, below: 4}, {label: Mid, below: 8}, {label: High}]

            """)
        let readings = try #require(spec.datasets.first?.readings)
        #expect(readings.tool == .familyStarPlus)
        #expect(readings.approvedValues == ["Yes"])
        #expect(!readings.dayFirst)
        #expect(readings.domainColumns == ["well-being": "Adult wellbeing"])
        #expect(readings.bands?.labels == ["Low", "Mid", "High"])
        #expect(readings.bands?.rule == "Low (below 4), Mid (4 to below 8), High (8 or more)")
    }

    @Test("a tool defined under tools: with stages and default thirds")
    func customTool() throws {
        let spec = try read("""
              - id: star
                kind: outcome-readings
                file: star.csv
                readings: {tool: youth, case_id: Case, date: Date}

            """, tools: """
            tools:
              youth:
                name: Youth Star
                min: 1
                max: 10
                domains: [{id: a, label: Making a difference}, {id: b, label: Health}]
                stages: [{label: Stuck, from: 1}, {label: Trying, from: 5}]

            """)
        let tool = try #require(spec.datasets.first?.readings?.tool)
        #expect(tool.name == "Youth Star")
        #expect(tool.domains.map(\.id) == ["a", "b"])
        #expect(tool.stage(of: 4) == 0)
        #expect(tool.stage(of: 5) == 1)
        #expect(tool.bands.bands.map(\.below) == [4, 7, nil])
    }

    @Test("errors name the line and say what to write", arguments: [
        ("  - {id: star, kind: outcome-readings, file: star.csv}\n",
         "error: data set 'star' is of kind outcome-readings but has no readings: block --> study.yaml:3:5\n  help: add readings: with at least case_id: and date: (docs/outcomes.md)"),
        ("  - {id: star, kind: practitioner-survey, file: star.csv, readings: {case_id: Case, date: Date}}\n",
         "error: data set 'star' has readings:, but is of kind practitioner-survey --> study.yaml:3:69\n  help: readings: is only for data sets of kind outcome-readings"),
        ("  - {id: star, kind: outcome-readings, file: star.csv, readings: {tool: star-x, case_id: Case, date: Date}}\n",
         "error: unknown outcomes tool 'star-x' --> study.yaml:3:73\n  help: use one of family-star-plus, or define it under tools:"),
        ("  - {id: star, kind: outcome-readings, file: star.csv, readings: {case_id: Case, date: Date, bands: [{label: A, below: 5}, {label: B, below: 3}, {label: C}]}}\n",
         "error: the bounds of bands of data set 'star' must increase --> study.yaml:3:101"),
        ("  - {id: star, kind: case-outcomes, file: star.csv, cases: {case_id: Case, closure_reason: Why}}\n",
         "error: cases of data set 'star' name closure_reason but not needs_met --> study.yaml:3:60\n  help: say which reasons mean needs met: needs_met: {fully: [...], partly: [...], not: [...], other: [...]}"),
        ("  - {id: star, kind: msc-stories, file: star.csv, case_id: Case}\n",
         "error: data set 'star' has case_id:, but is of kind msc-stories --> study.yaml:3:60\n  help: case_id: links feedback answers to case outcomes; outcome data sets name theirs under readings: or cases:"),
    ])
    func errors(_ dataset: String, _ expected: String) {
        #expect(message(dataset) == expected)
    }
}
