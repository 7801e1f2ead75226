import EvidentModel

/// Eleven hand-made Family Star Plus journeys whose progress matrix is worked out by hand in
/// `ProgressMatrixTests`, and a twelfth case with a single reading.
///
/// Cases C1–C10 read the same value in every domain at each end (first → latest):
/// 3→4, 4→5, 2→7, 5→5, 6→8, 6→4, 7→9, 8→6, 4→4, 5→7. C11 reads 4 in domains 1–5 and 6 in
/// 6–10 at the start, 6 in domains 1–5 and nothing in 6–10 at the end: over its paired
/// domains (1–5) it goes 4 → 6 (Lower → Middle), though its whole first reading averages 5.
enum OutcomeFixtures {
    static let tool = OutcomeTool.familyStarPlus
    static let ends: [(Double, Double)] = [(3, 4), (4, 5), (2, 7), (5, 5), (6, 8), (6, 4), (7, 9), (8, 6), (4, 4), (5, 7)]

    static func reading(_ caseID: String, day: Int, _ values: [Double?]) -> OutcomeReading {
        OutcomeReading(caseID: caseID, date: CalendarDay(days: day), line: day, values: values)
    }

    static var journeys: [CaseJourney] {
        var journeys = ends.enumerated().map { index, end in
            let id = "C\(index + 1)"
            return CaseJourney(
                caseID: id, attributes: [index < 6 ? "North" : "South"],
                first: reading(id, day: 1, Array(repeating: end.0, count: 10)),
                latest: reading(id, day: 100, Array(repeating: end.1, count: 10)), readings: 2
            )
        }
        journeys.append(CaseJourney(
            caseID: "C11", attributes: ["South"],
            first: reading("C11", day: 1, Array(repeating: 4, count: 5) + Array(repeating: 6, count: 5)),
            latest: reading("C11", day: 90, Array(repeating: 6, count: 5) + Array(repeating: nil, count: 5)), readings: 3
        ))
        journeys.append(CaseJourney(caseID: "C12", attributes: ["North"], first: reading("C12", day: 5, Array(repeating: 5, count: 10)), latest: nil, readings: 1))
        return journeys
    }

    static var readings: OutcomeReadingSet {
        OutcomeReadingSet(tool: tool, bands: tool.bands, journeys: journeys)
    }

    static func dataset(_ id: String, kind: DatasetKind, attributes: [String]) -> Dataset {
        Dataset(
            id: id, kind: kind, wave: "2016", file: "\(id).csv", format: .csv, encoding: "utf-8", sha256: "", invited: nil,
            attributes: attributes, items: [], questions: [], respondents: [], accounting: Accounting(), rejections: [], diagnostics: []
        )
    }

    static var readingsDataset: Dataset {
        var dataset = dataset("star", kind: .outcomeReadings, attributes: ["Team"])
        dataset.outcomes = readings
        return dataset
    }
}
