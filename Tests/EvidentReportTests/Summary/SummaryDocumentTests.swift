import EvidentAnalysis
import EvidentCoding
import EvidentFormats
import EvidentImport
import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

@Suite("summary.json")
struct SummaryDocumentTests {
    /// 23 staff answers (ids, free text and a locality that must never travel), 12 families'
    /// readings and 7 closed cases: small enough that several figures fall under 5.
    static var results: StudyResults {
        get throws {
            let trust = ScaleItem(id: "trust", label: "Gain trust", column: "trust", scale: Scale.builtIn[0])
            let tiny = ScaleItem(id: "tiny", label: "Rarely answered", column: "tiny", scale: Scale.builtIn[1])
            // 20 of 23 at 70 or more: the 3 below would be a small complement.
            let respondents = (0..<23).map { index in
                Respondent(
                    id: "RESP-ID-\(index)", line: index + 2, attributes: ["Hamlet-\(index % 2)"],
                    values: [.valid(index < 20 ? 80 : 40), index < 4 ? .valid(8) : .missing],
                    answers: [index % 3 == 0 ? "UNIQUE-ANSWER-\(index) about the waiting list" : "fine"], status: .complete
                )
            }
            let staff = Dataset(
                id: "staff", kind: .practitionerSurvey, wave: "2016", file: "staff.csv", format: .csv, encoding: "utf-8", sha256: "",
                invited: nil, attributes: ["Locality"], items: [trust, tiny], questions: [Question(id: "q", text: "Q")],
                respondents: respondents, accounting: Accounting(rowsRead: 23, complete: 23, partial: 0, rejected: 0), rejections: [],
                diagnostics: []
            )
            var readings = Dataset(
                id: "star", kind: .outcomeReadings, wave: "2016", file: "star.csv", format: .csv, encoding: "utf-8", sha256: "",
                invited: nil, attributes: [], items: [], questions: [], respondents: [], accounting: Accounting(), rejections: [], diagnostics: []
            )
            readings.outcomes = OutcomeReadingSet(tool: .familyStarPlus, bands: OutcomeTool.familyStarPlus.bands, journeys: (0..<12).map { index in
                let id = "CASE-SECRET-\(index)"
                let start = Double(index < 9 ? 3 : 9)
                return CaseJourney(
                    caseID: id, attributes: [],
                    first: OutcomeReading(caseID: id, date: CalendarDay(days: 1), line: 2, values: Array(repeating: start, count: 10)),
                    latest: OutcomeReading(caseID: id, date: CalendarDay(days: 80), line: 3, values: Array(repeating: index < 6 ? 6 : start, count: 10)),
                    readings: 2
                )
            })
            var cases = readings
            cases.id = "cases"
            cases.kind = .caseOutcomes
            cases.outcomes = nil
            cases.caseOutcomes = CaseOutcomeSet(records: (0..<7).map { index in
                CaseRecord(caseID: "CASE-SECRET-\(index)", line: index + 2, attributes: [], needsMet: index < 2 ? .not : .fully, reReferred: index < 5)
            })
            let codebook = Codebook(name: "t", version: "1", themes: [Code(id: "waits", label: "Waits", patterns: [PatternSource("waiting list")])])
            let engine = try CodingEngine(codebook: codebook)
            let datasets = [staff, readings, cases]
            let spec = StudySpec(title: "Study", organisation: "Council", suppressBelow: 5, datasets: [], scales: [:], manifestPath: "")
            return StudyAnalysis.analyse(
                spec: spec, codebook: codebook, engine: engine, datasets: datasets, segments: CodingRun.code(datasets, with: engine)
            )
        }
    }

    /// Keys whose values count people.
    static let countKeys: Set<String> = [
        "n", "positive", "respondents", "base", "successes", "could_progress", "progressed", "could_progress_any", "progressed_any",
        "above", "on", "below",
    ]

    /// Every count in the document, with its path: members named in `countKeys`, distribution
    /// bins and matrix cells.
    static func counts(_ value: Any, path: String = "") -> [(String, Int)] {
        switch value {
        case let object as [String: Any]:
            return object.flatMap { key, member -> [(String, Int)] in
                let here = path + "." + key
                if key == "distribution", let bins = member as? [String: Any] { return bins.compactMap { ($0.key, ($0.value as? Int) ?? -1) }.map { (here + "." + $0.0, $0.1) } }
                if key == "matrix", let rows = member as? [[Int]] { return rows.joined().map { (here, $0) } }
                if countKeys.contains(key), let count = member as? Int { return [(here, count)] }
                return counts(member, path: here)
            }
        case let list as [Any]:
            return list.enumerated().flatMap { counts($1, path: path + "[\($0)]") }
        default:
            return []
        }
    }

    @Test("no count of 1 to 4 and no row-level value: ids, free text and attribute values never travel")
    func disclosure() throws {
        let text = SummaryDocument.json(SummaryBuilder.summary(try Self.results)).rendered()
        for secret in ["RESP-ID", "CASE-SECRET", "UNIQUE-ANSWER", "Hamlet", "waiting list"] { #expect(!text.contains(secret)) }
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let found = Self.counts(object)
        #expect(found.count > 20)
        let small = found.filter { (1...4).contains($0.1) }
        #expect(small.isEmpty, "small cells: \(small)")
        // What was withheld, and why: 20 of 23 positive leaves 3; 4 answers to 'tiny'; 3 of 12 cases
        // start at the top stage (9), 2 of 7 needs not met, 5 of 7 re-referred leaves 2.
        let summary = SummaryBuilder.summary(try Self.results)
        #expect(summary.items.map(\.itemID) == ["trust"])
        #expect(summary.items.first?.positive == nil)
        #expect(summary.items.first?.distribution == nil)
        #expect(summary.outcomes.first?.couldProgressAny == nil)
        #expect(summary.kpis.map(\.successes) == [nil, nil, nil])
        #expect(summary.themes.first?.respondents == 8)
    }

    @Test("summary.json reads back as written, and a hand-edited small count is refused")
    func roundTrip() throws {
        let summary = SummaryBuilder.summary(try Self.results)
        let folder = NSTemporaryDirectory() + "evident-summary-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/summary.json"
        let text = SummaryDocument.json(summary).rendered()
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var read = try SummaryReader.read(path: path)
        read.file = ""
        #expect(read == summary)
        try text.replacingOccurrences(of: "\"respondents\": 8", with: "\"respondents\": 3").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputError(
            "theme 'waits' breaks the summary's own disclosure rule (no count of 1 to 4, nor a base under 5)", at: SourceLocation(file: path),
            help: "regenerate the summary with evident report; never edit counts by hand"
        )) { try SummaryReader.read(path: path) }
    }
}
