import EvidentModel
import Testing
@testable import EvidentAnalysis

@Suite("Progress matrix")
struct ProgressMatrixTests {
    let progress = OutcomeFixtures.journeys.compactMap { CaseProgress($0, tool: .familyStarPlus, bands: OutcomeTool.familyStarPlus.bands) }

    // Worked by hand from OutcomeFixtures with the Family Star Plus bands (Lower < 5, Middle < 7,
    // Higher from 7): C1 3→4 LL, C2 4→5 LM, C3 2→7 LH, C4 5→5 MM, C5 6→8 MH, C6 6→4 ML,
    // C7 7→9 HH, C8 8→6 HM, C9 4→4 LL, C10 5→7 MH, C11 4→6 LM (paired domains only); C12 has
    // no latest reading.
    @Test("cells, totals and the shares above, on and below the diagonal match the hand count")
    func handCounts() {
        let matrix = ProgressMatrix(bands: OutcomeTool.familyStarPlus.bands, cases: progress)
        #expect(progress.count == 11)
        #expect(matrix.counts == [[2, 2, 1], [1, 1, 2], [0, 1, 1]])
        #expect(matrix.rowTotals == [5, 4, 2])
        #expect(matrix.columnTotals == [3, 4, 4])
        #expect(matrix.total == 11)
        #expect(matrix.share(.above) == ProportionEstimate(successes: 5, total: 11))
        #expect(matrix.share(.on) == ProportionEstimate(successes: 4, total: 11))
        #expect(matrix.share(.below) == ProportionEstimate(successes: 2, total: 11))
    }

    @Test("a case is averaged over the domains read at both ends")
    func pairedDomains() throws {
        let c11 = try #require(progress.last)
        #expect(c11.caseID == "C11")
        #expect(c11.pairedDomains == 5)
        #expect(c11.averageFirst == 4)
        #expect(c11.averageLatest == 6)
        #expect(c11.position == .above)
    }

    @Test("the Leicestershire dashboard's shares follow from its cells (11+13+6, 4+24+15, 1+4+21)")
    func leicestershire() {
        // Dashboard 1b, in percentage points of 100 families: above = 13 + 6 + 15 = 34,
        // on = 11 + 24 + 21 = 56, below = 4 + 1 + 4 = 9 (the report's 34% and 9%).
        var matrix = ProgressMatrix(bands: OutcomeTool.familyStarPlus.bands, cases: [])
        matrix.counts = [[11, 13, 6], [4, 24, 15], [1, 4, 21]]
        #expect(matrix.share(.above).successes == 34)
        #expect(matrix.share(.on).successes == 56)
        #expect(matrix.share(.below).successes == 9)
        #expect(matrix.rowTotals == [30, 43, 26])
        #expect(matrix.columnTotals == [16, 41, 42])
    }
}
