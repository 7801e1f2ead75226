import EvidentAnalysis
import EvidentModel
import Testing

@Suite("Theme change between waves")
struct ThemeChangeAnalysisTests {
    static func theme(_ counts: [(String, Int, Int)]) -> ThemeResult {
        ThemeResult(
            codeID: "isolation", label: "Isolation", parentID: "barriers", depth: 1,
            total: .init(segments: 0, respondents: counts.reduce(0) { $0 + $1.1 }, base: counts.reduce(0) { $0 + $1.2 }),
            byDataset: counts.map { ($0.0, ThemeResult.Count(segments: $0.1, respondents: $0.1, base: $0.2)) })
    }

    static let datasets = [
        Fixtures.dataset("practitioners-2015", wave: "2015", items: [], rows: []),
        Fixtures.dataset("practitioners-2016", wave: "2016", items: [], rows: []),
        Fixtures.dataset("partner-agencies-2016", wave: "2016", items: [], rows: []),
        Fixtures.dataset("closure-feedback-2016", kind: .serviceUserFeedback, wave: "2016", items: [], rows: []),
    ]

    @Test("shares are compared within a population only, later minus earlier, with the z-test (scipy reference)")
    func withinPopulation() throws {
        let theme = Self.theme([("practitioners-2015", 30, 120), ("practitioners-2016", 45, 110), ("partner-agencies-2016", 9, 40), ("closure-feedback-2016", 20, 90)])
        let changes = ThemeChangeAnalysis.changes([theme], datasets: Self.datasets)
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.population == "practitioner-survey/practitioners")
        #expect(change.from == ThemeChange.Side(datasets: ["practitioners-2015"], respondents: 30, base: 120))
        #expect(change.to == ThemeChange.Side(datasets: ["practitioners-2016"], respondents: 45, base: 110))
        #expect(abs((change.change ?? 0) - (45.0 / 110 - 30.0 / 120) * 100) < 1e-9)
        // scipy: p1=45/110, p2=30/120, pooled z = 2.5709863232788317, p = 2*norm.sf(z) = 0.010140933172395639
        #expect(abs((change.test.z ?? 0) - 2.5709863232788317) < 1e-9)
        #expect(abs((change.test.pValue ?? 0) - 0.010140933172395639) < 1e-9)
        #expect(change.isSignificant && !change.isSmall && !change.isFirstToLatest)
    }

    @Test("three waves give adjacent pairs and the first against the latest; small bases are flagged")
    func threeWaves() {
        let datasets = ["2014", "2015", "2016"].map { (wave: String) in Fixtures.dataset("staff-" + wave, wave: wave, items: [], rows: []) }
        let theme = Self.theme([("staff-2014", 5, 20), ("staff-2015", 10, 40), ("staff-2016", 20, 50)])
        let changes = ThemeChangeAnalysis.changes([theme], datasets: datasets)
        #expect(changes.map { "\($0.fromWave)→\($0.toWave)" } == ["2014→2015", "2015→2016", "2014→2016"])
        #expect(changes.map(\.isFirstToLatest) == [false, false, true])
        #expect(changes.map(\.isSmall) == [true, false, true])
    }

    @Test("the population is the kind and the id without its wave")
    func populations() {
        let map = ThemeChangeAnalysis.populations(Self.datasets + [Fixtures.dataset("no-wave", items: [], rows: [])])
        #expect(map["practitioners-2016"] == "practitioner-survey/practitioners")
        #expect(map["partner-agencies-2016"] == "practitioner-survey/partner-agencies")
        #expect(map["closure-feedback-2016"] == "service-user-feedback/closure-feedback")
        #expect(map["no-wave"] == nil)
    }

    @Test("composite confidence: later mean minus earlier with Welch's t-test (scipy reference), items added named")
    func composite() throws {
        let items = [Fixtures.item("a"), Fixtures.item("b")]
        let later = [62.0, 70, 55, 80, 75, 68, 90, 45]
        let earlier = [50.0, 60, 58, 65, 40, 52, 70]
        let first = Fixtures.dataset("staff-2015", wave: "2015", items: items, rows: earlier.map { [$0, $0] })
        let second = Fixtures.dataset("staff-2016", wave: "2016", items: items + [Fixtures.item("c")], rows: later.map { [$0, $0, $0] })
        let composites = [first, second].compactMap { CompositeAnalysis.result(for: $0, itemIDs: nil) }
        let changes = CompositeChangeAnalysis.changes(composites, populations: ThemeChangeAnalysis.populations([first, second]))
        let change = try #require(changes.first)
        #expect(changes.count == 1)
        #expect(change.itemsAdded == ["c"] && change.itemsDropped.isEmpty)
        #expect(change.fromN == 7 && change.toN == 8)
        // scipy.stats.ttest_ind(later, earlier, equal_var=False): t = 1.85775177313877, p = 0.08689591153467477
        #expect(abs((change.test.t ?? 0) - 1.85775177313877) < 1e-9)
        #expect(abs((change.test.pValue ?? 0) - 0.08689591153467477) < 1e-6)
        #expect(!change.isSignificant && change.isSmall)
    }
}
