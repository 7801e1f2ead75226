import EvidentCoding
import EvidentModel
@testable import EvidentAnalysis

/// Three fictional councils' data, drawn from a seeded generator: two waves of a staff survey
/// (a 0–100 item, a frequency item, free text), Family Star Plus readings and case outcomes.
/// `concatenated` puts every council's rows into one study, ids prefixed so they stay distinct.
enum RegionFixtures {
    /// A 64-bit linear congruential generator (Knuth's MMIX constants): the same numbers everywhere.
    struct Draws {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let codebook = Codebook(name: "region-test", version: "1", themes: [
        Code(id: "access", label: "Access", codes: [
            Code(id: "waits", label: "Waits", patterns: [PatternSource("waiting list")]),
            Code(id: "housing", label: "Housing", patterns: [PatternSource("housing")]),
        ]),
        Code(id: "relationship", label: "Relationship", patterns: [PatternSource("listened")]),
    ])
    static let texts = ["the waiting list was long", "housing was the worry", "my worker listened", "", "housing and a waiting list", "fine"]
    static let trust = ScaleItem(id: "trust", label: "Gain trust", column: "trust", scale: Scale.builtIn[0])
    static let supervision = ScaleItem(id: "supervision", label: "Supervision", column: "supervision", scale: Scale.builtIn[2])

    static func survey(_ council: Int, wave: String, size: Int, draws: inout Draws, prefix: String = "") -> Dataset {
        let respondents = (0..<size).map { index in
            Respondent(
                id: "\(prefix)R\(index)", line: index + 2, attributes: [],
                values: [.valid(Double(draws.next(101))), draws.next(9) == 0 ? .missing : .valid(Double(draws.next(5) + 1))],
                answers: [texts[draws.next(texts.count)]], status: .complete
            )
        }
        return Dataset(
            id: "staff-\(wave)", kind: .practitionerSurvey, wave: wave, file: "staff.csv", format: .csv, encoding: "utf-8", sha256: "",
            invited: nil, attributes: [], items: [trust, supervision], questions: [Question(id: "q", text: "Q")], respondents: respondents,
            accounting: Accounting(rowsRead: size, complete: size, partial: 0, rejected: 0), rejections: [], diagnostics: []
        )
    }

    static func readings(size: Int, draws: inout Draws, prefix: String = "") -> Dataset {
        let journeys = (0..<size).map { index in
            // A family's level (2–8) with domains around it; a shift for the whole case (−2 to +3).
            let level = draws.next(7) + 2
            let shift = draws.next(6) - 2
            let start = (0..<10).map { _ in draws.next(8) == 0 ? nil : Double(min(10, max(1, level + draws.next(3) - 1))) }
            let end = start.map { value in value.map { min(10, max(1, $0 + Double(shift + draws.next(3) - 1))) } }
            let id = "\(prefix)C\(index)"
            return CaseJourney(
                caseID: id, attributes: [],
                first: OutcomeReading(caseID: id, date: CalendarDay(days: 1), line: 2, values: start),
                latest: draws.next(10) == 0 ? nil : OutcomeReading(caseID: id, date: CalendarDay(days: 90), line: 3, values: end), readings: 2
            )
        }
        var dataset = Dataset(
            id: "star-2016", kind: .outcomeReadings, wave: "2016", file: "star.csv", format: .csv, encoding: "utf-8", sha256: "",
            invited: nil, attributes: [], items: [], questions: [], respondents: [], accounting: Accounting(), rejections: [], diagnostics: []
        )
        dataset.outcomes = OutcomeReadingSet(tool: .familyStarPlus, bands: OutcomeTool.familyStarPlus.bands, journeys: journeys)
        return dataset
    }

    static func cases(size: Int, draws: inout Draws, prefix: String = "") -> Dataset {
        let records = (0..<size).map { index in
            CaseRecord(
                caseID: "\(prefix)C\(index)", line: index + 2, attributes: [],
                needsMet: [.fully, .partly, .not, .other, .fully][draws.next(5)], stepUpAfter: draws.next(4) == 0,
                reReferred: draws.next(7) == 0 ? nil : draws.next(3) == 0
            )
        }
        var dataset = Dataset(
            id: "cases-2016", kind: .caseOutcomes, wave: "2016", file: "cases.csv", format: .csv, encoding: "utf-8", sha256: "",
            invited: nil, attributes: [], items: [], questions: [], respondents: [], accounting: Accounting(), rejections: [], diagnostics: []
        )
        dataset.caseOutcomes = CaseOutcomeSet(records: records, reReferralWindowDays: 365)
        return dataset
    }

    /// Council `council`'s data sets; with `prefix`, ids are prefixed (for the concatenated run).
    static func council(_ council: Int, prefix: String = "") -> [Dataset] {
        var draws = Draws(state: UInt64(1_000 + council))
        return [
            survey(council, wave: "2015", size: 60 + 20 * council, draws: &draws, prefix: prefix),
            survey(council, wave: "2016", size: 70 + 25 * council, draws: &draws, prefix: prefix),
            readings(size: 80 + 30 * council, draws: &draws, prefix: prefix),
            cases(size: 90 + 30 * council, draws: &draws, prefix: prefix),
        ]
    }

    /// The study's results; `suppressBelow` 1 publishes every figure (disclosure control is
    /// tested apart), so that each pooled figure can be compared.
    static func results(_ datasets: [Dataset], title: String, suppressBelow: Int = 1) throws -> StudyResults {
        let engine = try CodingEngine(codebook: codebook)
        let segments = CodingRun.code(datasets, with: engine)
        var spec = StudySpec(title: title, suppressBelow: suppressBelow, datasets: [], scales: [:], manifestPath: "")
        spec.organisation = title
        return StudyAnalysis.analyse(spec: spec, codebook: codebook, engine: engine, datasets: datasets, segments: segments)
    }

    /// One study holding every council's rows: each data set's respondents, journeys and records joined.
    static var concatenated: [Dataset] {
        let councils = (0..<3).map { council($0, prefix: "k\($0)-") }
        return councils[0].indices.map { index in
            var joined = councils[0][index]
            for other in councils.dropFirst() {
                joined.respondents += other[index].respondents
                if let journeys = other[index].outcomes?.journeys { joined.outcomes?.journeys += journeys }
                if let records = other[index].caseOutcomes?.records { joined.caseOutcomes?.records += records }
            }
            return joined
        }
    }
}
