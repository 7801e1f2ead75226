import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Ranking questions are found across their columns, so ranks never become scale items (one
/// ranking matrix once ended up in composite confidence with alpha 0.20).
@Suite("Inference: rankings")
struct RankingDetectorTests {
    static func columns(_ names: [String]) -> [ColumnHeader] {
        names.map { ColumnHeader(name: $0, question: $0) }
    }

    static let permutations = [["1", "2", "3", "4"], ["2", "1", "4", "3"], ["4", "3", "2", "1"], ["3", "4", "1", "2"], ["1", "3", "2", "4"], ["2", "4", "1", "3"]]

    @Test("Qualtrics rank order (Q5_1 … Q5_4): each respondent gives each rank once")
    func qualtrics() {
        let found = RankingDetector.rankings(columns: Self.columns(["Q5_1", "Q5_2", "Q5_3", "Q5_4", "Q6"]), records: Self.permutations.map { $0 + ["7"] })
        #expect(found == [0: 4, 1: 4, 2: 4, 3: 4])
    }

    @Test("partial rankings (the top two of four), `1st` written out, LimeSurvey and grid names")
    func shapes() {
        let top = [["1st", "2nd", "", ""], ["", "1st", "2nd", ""], ["2nd", "", "", "1st"], ["1st", "", "2nd", ""], ["", "", "1st", "2nd"]]
        #expect(RankingDetector.rankings(columns: Self.columns(["R[SQ001]", "R[SQ002]", "R[SQ003]", "R[SQ004]"]), records: top).count == 4)
        let grid = Self.columns(["Rank these [Phone]", "Rank these [Visits]", "Rank these [Groups]", "Rank these [Drop-in]"])
        #expect(RankingDetector.rankings(columns: grid, records: Self.permutations).count == 4)
    }

    @Test("a matrix of ratings is not a ranking: ratings repeat, and go beyond the number of rows")
    func ratings() {
        let columns = Self.columns(["Q1_1", "Q1_2", "Q1_3", "Q1_4"])
        let repeated = [["4", "4", "3", "4"], ["2", "3", "3", "1"], ["4", "4", "4", "4"], ["1", "2", "2", "3"], ["3", "3", "4", "4"], ["2", "1", "3", "4"]]
        #expect(RankingDetector.rankings(columns: columns, records: repeated).isEmpty)
        let wide = Self.permutations.map { $0.map { String((Int($0) ?? 0) + 5) } }
        #expect(RankingDetector.rankings(columns: columns, records: wide).isEmpty)
        #expect(RankingDetector.rankings(columns: Array(columns.prefix(2)), records: Self.permutations.map { Array($0.prefix(2)) }).isEmpty)
    }

    @Test("a real Qualtrics rank-order export (Tests/Fixtures/real): both ranking questions found, no item proposed")
    func realQualtrics() throws {
        let inspection = try ExportInspector.inspect(FixturePaths.repositoryReal("qualtrics-rank-order-fruits.csv"))
        #expect(inspection.format == .qualtrics)
        #expect(inspection.records == 26)
        #expect(inspection.columns(.ranking).map(\.name) == [
            "Vegetable_1", "Vegetable_15", "Vegetable_6", "Vegetable_8", "Vegetable_5",
            "Fruits_1", "Fruits_4", "Fruits_5", "Fruits_6", "Fruits_7", "Fruits_8", "Fruits_3",
        ])
        #expect(inspection.columns(.item).isEmpty)
        #expect(inspection.columns(.freeText).map(\.name) == ["Vegetable_5_TEXT", "Fruits_3_TEXT"])
        let draft = ManifestDraft.from([inspection], title: "t", origin: "test").render(in: FixturePaths.testsFolder.path)
        #expect(draft.contains("items: []"))
        #expect(draft.contains("'Fruits_1': ranking, ranks 1-7 given to 7 options"))
    }

    @Test("the family a column belongs to", arguments: [
        ("Q5_12", "n:Q5"), ("Q3[SQ001]", "n:Q3"), ("Please rank - Home visits", "n:Please rank"), ("Rank [Groups]", "n:Rank"),
    ])
    func family(name: String, key: String) {
        #expect(RankingDetector.familyKey(ColumnHeader(name: name, question: name)) == key)
    }
}
