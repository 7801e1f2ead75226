import EvidentModel
import Testing
@testable import EvidentAnalysis

@Suite("Case outcomes and KPIs")
struct CaseOutcomeResultsTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay? { CalendarDay(year: year, month: month, day: day) }

    /// C1–C11 share OutcomeFixtures' readings; C13 has none.
    static let needs: [CaseRecord.NeedsMet?] = [.fully, .fully, .partly, .not, .fully, .other, .fully, .not, .partly, .fully, .fully, nil]
    static let reReferred: [Bool?] = [false, true, false, true, false, nil, false, true, false, false, false, false]

    static var set: CaseOutcomeSet {
        let ids = (1...11).map { "C\($0)" } + ["C13"]
        var records = ids.indices.map { index in
            CaseRecord(caseID: ids[index], line: index + 2, attributes: [index < 6 ? "FST" : "TYS"], needsMet: needs[index], reReferred: reReferred[index])
        }
        // 31 January + 6 months is 31 July: closing that day is not longer than 6 months.
        records[0].opened = day(2016, 1, 31)
        records[0].closed = day(2016, 7, 31)
        records[1].opened = day(2016, 1, 31)
        records[1].closed = day(2016, 8, 1)
        // 31 August + 6 months is 28 February 2017.
        records[2].opened = day(2016, 8, 31)
        records[2].closed = day(2017, 3, 1)
        return CaseOutcomeSet(records: records, reReferralWindowDays: 365, involvementMonths: [6])
    }

    var results: CaseOutcomeResults {
        var dataset = OutcomeFixtures.dataset("cases", kind: .caseOutcomes, attributes: ["Service"])
        dataset.caseOutcomes = Self.set
        let progress = Dictionary(uniqueKeysWithValues: OutcomeFixtures.journeys.compactMap {
            CaseProgress($0, tool: .familyStarPlus, bands: OutcomeTool.familyStarPlus.bands)
        }.map { ($0.caseID, $0) })
        return CaseOutcomeResults(
            dataset: dataset, set: Self.set, attributes: CaseAttributes([dataset]), progress: progress, suppression: Suppression(threshold: 5)
        )
    }

    // Hand count: rated (not "other", not blank) C1–C5, C7–C11 = 10; fully C1, C2, C5, C7, C10,
    // C11 = 6; partly C3, C9. Re-referral known for 11 cases (C6 blank), yes for C2, C4, C8.
    @Test("each KPI is a proportion of its stated base")
    func kpis() {
        let kpis = Dictionary(uniqueKeysWithValues: results.kpis.map { ($0.id, $0) })
        #expect(results.kpis.map(\.id) == ["needs-met-fully", "needs-met-fully-or-partly", "re-referred", "involvement-over-6-months"])
        #expect(kpis["needs-met-fully"]?.estimate == ProportionEstimate(successes: 6, total: 10))
        #expect(kpis["needs-met-fully-or-partly"]?.estimate == ProportionEstimate(successes: 8, total: 10))
        #expect(kpis["re-referred"]?.estimate == ProportionEstimate(successes: 3, total: 11))
        #expect(kpis["re-referred"]?.label == "Re-referred to early help within 12 months of closure")
        #expect(kpis["involvement-over-6-months"]?.estimate == ProportionEstimate(successes: 2, total: 3))
        #expect(results.involvementDays.count == 3)
    }

    // Progress positions from ProgressMatrixTests: above C2, C3, C5, C10, C11 (re-referred: C2);
    // on C1, C4, C7, C9 (C4); below C6 (unknown), C8 (yes). C13 has no readings.
    @Test("re-referral by progress-matrix position, small bases suppressed")
    func byProgress() {
        let rows = results.byProgress.filter { $0.kpi.id == "re-referred" }
        #expect(rows.map(\.group) == ["Higher than average progress", "Stayed in their band", "Lower than average progress"])
        #expect(rows.map(\.kpi.estimate) == [
            ProportionEstimate(successes: 1, total: 5), ProportionEstimate(successes: 1, total: 4), ProportionEstimate(successes: 1, total: 1),
        ])
        #expect(rows.map(\.isSuppressed) == [false, true, true])
    }

    @Test("KPIs by group of any case attribute")
    func byGroup() {
        let rows = results.byGroup.filter { $0.kpi.id == "needs-met-fully" }
        #expect(rows.map(\.group) == ["FST", "TYS"])
        // FST C1–C6: rated C1–C5 (C6 other), fully C1, C2, C5. TYS C7–C11, C13: rated C7–C11, fully C7, C10, C11.
        #expect(rows.map(\.kpi.estimate) == [ProportionEstimate(successes: 3, total: 5), ProportionEstimate(successes: 3, total: 5)])
    }
}
