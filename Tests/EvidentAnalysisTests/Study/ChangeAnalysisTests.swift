import EvidentModel
import Testing

@testable import EvidentAnalysis

@Suite("Change between waves")
struct ChangeAnalysisTests {
    func items(_ earlier: [Double], _ later: [Double]) -> [ItemResult] {
        let before = Fixtures.dataset("p2015", wave: "2015", items: [Fixtures.item("thresholds")], rows: earlier.map { [$0] })
        let after = Fixtures.dataset("p2016", wave: "2016", items: [Fixtures.item("thresholds")], rows: later.map { [$0] })
        return ItemAnalysis.results(for: before) + ItemAnalysis.results(for: after)
    }

    /// Expected values: scipy 1.17.1 `mannwhitneyu([80,90,70,100,60], [60,70,80,50],
    /// method="asymptotic", use_continuity=False)` → U = 15.5, p = 0.17244734471644352;
    /// statsmodels `proportions_ztest([4, 2], [5, 4])` → p = 0.34278171114791134;
    /// `confint_proportions_2indep(4, 5, 2, 4, method="newcomb")` → (−0.2501304932872618, 0.6863874373046973).
    @Test("later minus earlier, with Mann–Whitney, the z-test and Newcombe's interval")
    func change() throws {
        let changes = ChangeAnalysis.changes(items([60, 70, 80, 50], [80, 90, 70, 100, 60]), kinds: ["p2015": "practitioner-survey", "p2016": "practitioner-survey"])
        let change = try #require(changes.first)
        #expect(changes.count == 1)
        #expect(change.fromWave == "2015")
        #expect(change.toWave == "2016")
        // Means 80 and 65; 4 of 5 and 2 of 4 at 70 or more.
        #expect(abs((change.meanChange ?? 0) - 15) < 1e-12)
        #expect(abs((change.pctPositiveChange ?? 0) - 30) < 1e-12)
        #expect(change.scores.u == 15.5)
        #expect(abs((change.scores.pValue ?? 0) - 0.17244734471644352) < 1e-12)
        #expect(abs((change.shares.pValue ?? 0) - 0.34278171114791134) < 1e-12)
        #expect(abs((change.pctPositiveChangeCI?.lower ?? 0) - -25.01304932872618) < 1e-9)
        #expect(abs((change.pctPositiveChangeCI?.upper ?? 0) - 68.63874373046973) < 1e-9)
        #expect(!change.scoresChangedSignificantly)
        #expect(change.isSmall)
    }

    @Test("waves order by number, not by text, and only consecutive waves are compared")
    func waveOrder() {
        #expect(ChangeAnalysis.orderWaves(["2016", "9", "2015"]) == ["9", "2015", "2016"])
        #expect(ChangeAnalysis.orderWaves(["spring", "autumn"]) == ["autumn", "spring"])
    }

    @Test("an item whose scale differs between waves is not compared")
    func scaleMismatch() {
        let before = Fixtures.dataset("a", wave: "1", items: [Fixtures.item("x")], rows: [[50]])
        let after = Fixtures.dataset("b", wave: "2", items: [Fixtures.item("x", scale: Scale.builtIn[1])], rows: [[5]])
        let results = ItemAnalysis.results(for: before) + ItemAnalysis.results(for: after)
        #expect(ChangeAnalysis.changes(results, kinds: ["a": "k", "b": "k"]).isEmpty)
    }
}
