import EvidentModel
import Testing
@testable import EvidentAnalysis

@Suite("Themes against outcomes")
struct ThemeOutcomeAnalysisTests {
    static let codebook = Codebook(name: "t", themes: [
        Code(id: "relationship", label: "Relationship with the worker", codes: [Code(id: "listened", label: "Listened to")]),
    ])

    /// Feedback from C1–C11 (and a second respondent for C1, and one with no case id), every
    /// answer written; "listened" coded for the respondents of C1–C5.
    static var feedback: Dataset {
        var dataset = OutcomeFixtures.dataset("fb", kind: .serviceUserFeedback, attributes: [])
        dataset.questions = [Question(id: "q1", text: "What difference did it make?")]
        dataset.respondents = (1...13).map { index in
            var respondent = Respondent(id: "R\(index)", line: index + 1, attributes: [], values: [], answers: ["some text"], status: .complete)
            respondent.caseID = index <= 11 ? "C\(index)" : index == 12 ? "C1" : nil
            return respondent
        }
        return dataset
    }

    static let segments = [1, 2, 3, 4, 5, 12].map { index in
        CodedSegment(dataset: "fb", respondent: "R\(index)", question: "q1", segmentIndex: 0, start: 0, end: 4, codeID: "listened", matches: [])
    }

    var rows: [ThemeOutcome] {
        let progress = Dictionary(uniqueKeysWithValues: OutcomeFixtures.journeys.compactMap {
            CaseProgress($0, tool: .familyStarPlus, bands: OutcomeTool.familyStarPlus.bands)
        }.map { ($0.caseID, $0) })
        let set = CaseOutcomeResultsTests.set
        return ThemeOutcomeAnalysis.results(
            datasets: [Self.feedback], segments: Self.segments, codebook: Self.codebook, progress: progress,
            records: Dictionary(uniqueKeysWithValues: set.records.map { ($0.caseID, $0) }), set: set, suppression: Suppression(threshold: 5)
        )
    }

    // Changes (ProgressMatrixTests' cases): with "listened" C1–C5: 1, 1, 5, 0, 2 (mean 1.8);
    // without C6–C11: −2, 2, −2, 0, 2, 2 (mean 1/3). scipy 1.17.1
    // stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95) -> (-1.2084317548359205, 4.1417650881692545).
    @Test("a theme and its parent: the difference in change of average reading, with Welch's interval")
    func averageChange() throws {
        let changes = rows.filter { $0.measure == .averageChange }
        #expect(changes.map(\.codeID) == ["relationship", "listened"])
        let listened = try #require(changes.last)
        #expect([listened.casesWith, listened.casesWithout] == [5, 6])
        #expect(isClose(listened.valueWith, 1.8))
        #expect(isClose(listened.valueWithout, 1.0 / 3))
        #expect(isClose(listened.interval?.lower, -1.2084317548359205, relative: 1e-9))
        #expect(isClose(listened.interval?.upper, 4.1417650881692545, relative: 1e-9))
    }

    // Re-referred: with C1–C5 2 of 5 (C2, C4); without C6–C11 1 of 5 known (C8; C6 unknown).
    // statsmodels confint_proportions_2indep(2, 5, 1, 5, method="newcomb") x 100 ->
    // (-30.98125907387987, 60.39642298921518).
    @Test("a KPI: the difference in percentage points with Newcombe's interval")
    func kpi() throws {
        let row = try #require(rows.first { $0.codeID == "listened" && $0.measure == .kpi(id: "re-referred", label: "Re-referred to early help within 12 months of closure") })
        #expect([row.casesWith, row.casesWithout] == [5, 5])
        #expect(row.valueWith == 40)
        #expect(row.valueWithout == 20)
        #expect(isClose(row.interval?.lower, -30.98125907387987, relative: 1e-9))
        #expect(isClose(row.interval?.upper, 60.39642298921518, relative: 1e-9))
    }

    @Test("rows need the threshold of cases on both sides")
    func threshold() {
        let strict = ThemeOutcomeAnalysis.results(
            datasets: [Self.feedback], segments: Self.segments, codebook: Self.codebook, progress: [:], records: [:], set: nil,
            suppression: Suppression(threshold: 6)
        )
        #expect(strict.isEmpty)
    }
}
