import EvidentModel
import Testing

@testable import EvidentAnalysis

@Suite("Breakdowns and small-cell suppression")
struct BreakdownAnalysisTests {
    @Test("primary suppression hides 1…k−1, never 0; a lone hidden cell takes the next smallest with it", arguments: [
        ([10, 3, 8, 0], [false, true, true, false]),
        ([10, 3, 4, 20], [false, true, true, false]),
        ([10, 12, 8], [false, false, false]),
        ([0, 1, 0], [false, true, false]),
        ([4, 6, 6], [true, true, false]),  // ties go to the first cell
    ])
    func suppression(counts: [Int], expected: [Bool]) {
        #expect(Suppression(threshold: 5).suppressed(counts) == expected)
    }

    @Test("items by group: % positive and mean per group, suppressed cells flagged")
    func itemBreakdown() throws {
        let scores: [Double?] = [80, 90, 40, 70, 60, 75, 85, 95, 30]
        let groups = ["North", "North", "North", "North", "North", "Central", "Central", "", "North"]
        let dataset = Fixtures.dataset(
            "p", items: [Fixtures.item("trust")], rows: scores.map { [$0] }, attributes: ["Locality"], groups: groups.map { [$0] }
        )
        let breakdowns = BreakdownAnalysis.breakdowns(
            datasets: [dataset], items: ItemAnalysis.results(for: dataset), themes: [], segments: [], codebook: nil,
            suppression: Suppression(threshold: 5)
        )
        let cells = try #require(breakdowns.first?.cells)
        #expect(cells.map(\.group) == ["North", "Central", BreakdownAnalysis.notGiven])
        #expect(cells.map(\.count) == [6, 2, 1])
        #expect(cells.map(\.isSuppressed) == [false, true, true])
        // North: 80, 90, 40, 70, 60, 30 → 3 of 6 at 70 or more; mean 370/6.
        #expect(cells[0].percent == 50)
        #expect(cells[0].mean == 370.0 / 6)
    }

    @Test("a multi-select attribute counts the respondent in each chosen group")
    func multiSelect() {
        let dataset = Fixtures.dataset(
            "f", kind: .serviceUserFeedback, items: [], rows: [[], [], []], attributes: ["Help with"],
            groups: [["Money and debt;Housing;"], ["Housing;"], [""]]
        )
        let groups = BreakdownAnalysis.groupsOf(dataset, attribute: 0)
        #expect(groups.map(\.name) == ["Money and debt", "Housing", BreakdownAnalysis.notGiven])
        #expect(groups.map(\.members) == [[0], [0, 1], [2]])
    }
}
