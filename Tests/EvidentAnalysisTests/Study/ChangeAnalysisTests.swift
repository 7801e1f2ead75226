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

@Suite("Change across three waves or more")
struct ChangeAcrossWavesTests {
    /// The two-wave test's expected values (scipy 1.17.1 and statsmodels, as `ChangeAnalysisTests.change`)
    /// hold for 2015 against 2017 here: the same answers, with a 2016 wave between them.
    @Test("adjacent pairs, then the first wave against the latest with the same tests")
    func firstToLatest() throws {
        let waves: [(String, [Double])] = [("2015", [60, 70, 80, 50]), ("2016", [70, 40, 90]), ("2017", [80, 90, 70, 100, 60])]
        let results = waves.flatMap { wave, answers in
            ItemAnalysis.results(for: Fixtures.dataset("p\(wave)", wave: wave, items: [Fixtures.item("thresholds")], rows: answers.map { [$0] }))
        }
        let kinds = ["p2015": "practitioner-survey", "p2016": "practitioner-survey", "p2017": "practitioner-survey"]
        let changes = ChangeAnalysis.changes(results, kinds: kinds)
        #expect(changes.map { "\($0.fromWave)-\($0.toWave)" } == ["2015-2016", "2016-2017", "2015-2017"])
        #expect(changes.map(\.isFirstToLatest) == [false, false, true])
        let span = try #require(changes.last)
        #expect(abs((span.meanChange ?? 0) - 15) < 1e-12)
        #expect(abs((span.pctPositiveChange ?? 0) - 30) < 1e-12)
        #expect(span.scores.u == 15.5)
        #expect(abs((span.scores.pValue ?? 0) - 0.17244734471644352) < 1e-12)
        #expect(abs((span.shares.pValue ?? 0) - 0.34278171114791134) < 1e-12)
        #expect(abs((span.pctPositiveChangeCI?.lower ?? 0) - -25.01304932872618) < 1e-9)
        // 2015 → 2016: 2 of 4 positive (70, 80) to 2 of 3 (70, 90): +16.7 points, by hand.
        #expect(abs((changes[0].pctPositiveChange ?? 0) - (200.0 / 3 - 50)) < 1e-9)
    }

    @Test("two waves give no first-to-latest comparison")
    func twoWaves() {
        let waves: [(String, [Double])] = [("2015", [60]), ("2016", [70])]
        let results = waves.flatMap { wave, answers in
            ItemAnalysis.results(for: Fixtures.dataset("p\(wave)", wave: wave, items: [Fixtures.item("x")], rows: answers.map { [$0] }))
        }
        let changes = ChangeAnalysis.changes(results, kinds: ["p2015": "k", "p2016": "k"])
        #expect(changes.count == 1)
        #expect(changes.allSatisfy { !$0.isFirstToLatest })
    }
}
