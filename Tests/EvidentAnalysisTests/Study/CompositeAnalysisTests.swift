import EvidentModel
import Testing

@testable import EvidentAnalysis

@Suite("Composite confidence and the training-needs ranking")
struct CompositeAnalysisTests {
    static let rows: [[Double?]] = [[80, 70, 60], [50, nil, 40], [90, nil, nil], [30, 40, 50], [nil, nil, nil], [70, 80, 90]]

    func composite() throws -> CompositeResult {
        let dataset = Fixtures.dataset("p", items: ["a", "b", "c"].map { Fixtures.item($0) }, rows: Self.rows)
        return try #require(CompositeAnalysis.result(for: dataset, itemIDs: nil))
    }

    /// By hand: respondents with at least 2 of 3 valid items: [80,70,60] → 70, [50,40] → 45,
    /// [30,40,50] → 40, [70,80,90] → 80; mean 58.75 (numpy). [90] and the empty record are out.
    @Test("each respondent's mean over the items, when at least half are answered")
    func respondentMeans() throws {
        let result = try composite()
        #expect(result.scores.sorted == [40, 45, 70, 80])
        #expect(result.respondents == 4)
        #expect(result.excluded == 2)
        #expect(result.summary.mean == 58.75)
        #expect(result.distribution == [0, 0, 0, 0, 2, 0, 0, 1, 1, 0])
    }

    /// Cronbach's alpha over the 3 complete respondents, by the formula in numpy:
    /// k/(k−1)·(1 − Σ var(item, ddof=1) / var(total, ddof=1)) = 0.8974358974358972.
    @Test("Cronbach's alpha over complete respondents, and no warning above 0.7")
    func alpha() throws {
        let result = try composite()
        #expect(result.alpha.respondents == 3)
        #expect(abs((result.alpha.value ?? 0) - 0.8974358974358972) < 1e-12)
        #expect(!result.alphaIsLow)
    }

    /// By hand: 12 valid answers, of which 60, 50, 40, 30, 40, 50 are below 70: 6 of 12 = 50%.
    @Test("the share of all answers below the positive threshold")
    func shareBelow() throws {
        let result = try composite()
        #expect(result.threshold == 70)
        #expect(result.answers == 12)
        #expect(result.answersBelowThreshold == 6)
        #expect(result.pctAnswersBelowThreshold == 50)
    }

    @Test("composite items: the manifest's list, else every confidence-0-100 item of a practitioner survey")
    func whichItems() {
        let items = [Fixtures.item("a"), Fixtures.item("b"), Fixtures.item("overall", scale: Scale.builtIn[1]), Fixtures.item("c")]
        let dataset = Fixtures.dataset("p", items: items, rows: [[70, 80, 7, 60]])
        #expect(CompositeAnalysis.compositeItems(of: dataset, listed: nil) == [0, 1, 3])
        #expect(CompositeAnalysis.compositeItems(of: dataset, listed: ["b", "c"]) == [1, 3])
        let feedback = Fixtures.dataset("f", kind: .serviceUserFeedback, items: items, rows: [[70, 80, 7, 60]])
        #expect(CompositeAnalysis.compositeItems(of: feedback, listed: nil).isEmpty)
    }

    @Test("ranking: lowest % positive first; an item far below the composite is flagged")
    func ranking() throws {
        // 40 respondents: items a and b near 80, item c near 30, so c sits far below the composite.
        let rows: [[Double?]] = (0..<40).map { index in
            let wobble = Double(index % 5) * 5
            return [75 + wobble, 80 + wobble, 20 + wobble]
        }
        let dataset = Fixtures.dataset("p", items: ["a", "b", "c"].map { Fixtures.item($0) }, rows: rows)
        let composite = try #require(CompositeAnalysis.result(for: dataset, itemIDs: nil))
        let ranking = ItemRanking.rank(ItemAnalysis.results(for: dataset), against: composite)
        #expect(ranking.entries.map(\.itemID) == ["c", "a", "b"])
        #expect(ranking.entries.map(\.isSignificantlyBelow) == [true, false, false])
        #expect(ranking.entries.map(\.rankByMean) == [1, 2, 3])
    }
}
