import EvidentModel
import Testing

@testable import EvidentAnalysis

private func dataset(scale: Scale, values: [ItemValue], reverse: Bool = false) -> Dataset {
    let item = ScaleItem(id: "thresholds", label: "Assess thresholds", column: "Assess thresholds", scale: scale, reverse: reverse)
    let respondents = values.enumerated().map { index, value in
        Respondent(id: "r\(index)", line: index + 2, attributes: [], values: [value], answers: [], status: .complete)
    }
    return Dataset(
        id: "practitioners-2016", kind: .practitionerSurvey, wave: "2016", file: "x.csv", format: .csv, encoding: "utf-8",
        sha256: "", invited: nil, attributes: [], items: [item], questions: [], respondents: respondents,
        accounting: Accounting(), rejections: [], diagnostics: []
    )
}

private func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

@Suite("Item statistics")
struct ItemAnalysisTests {
    static let confidence = Scale.builtIn[0]

    /// Expected values from numpy 2.4 / scipy 1.17 / statsmodels on [80, 70, 40, 90, 30, 60, 100, 70, 50]:
    /// `x.mean()`, `x.std(ddof=1)`, `np.median`, `np.percentile(x, [25, 75])` (type 7),
    /// `m ± st.t.ppf(0.975, 8) * sd / sqrt(9)`, `proportion_confint(5, 9, method="wilson")`.
    @Test("a 0–100 item: n, missing, invalid, mean, sd, median, quartiles, t interval, % positive with Wilson interval")
    func confidenceItem() throws {
        let scores: [Double] = [80, 70, 40, 90, 30, 60, 100, 70, 50]
        let values = scores.map(ItemValue.valid) + [.missing, .missing, .invalid("75%")]
        let result = try #require(ItemAnalysis.results(for: dataset(scale: Self.confidence, values: values)).first)
        #expect(result.n == 9)
        #expect(result.missing == 2)
        #expect(result.invalid == 1)
        #expect(close(result.summary.mean, 65.55555555555556))
        #expect(close(result.summary.standardDeviation, 22.973414586817036))
        #expect(result.summary.median == 70)
        #expect(result.summary.lowerQuartile == 50)
        #expect(result.summary.upperQuartile == 80)
        #expect(close(result.meanCI?.lower, 47.89662587656896, 1e-8))
        #expect(close(result.meanCI?.upper, 83.21448523454215, 1e-8))
        #expect(result.positive == 5)
        #expect(close(result.pctPositive, 55.55555555555556))
        #expect(close(result.pctPositiveCI?.lower, 26.665129349549305, 1e-8))
        #expect(close(result.pctPositiveCI?.upper, 81.12214789023355, 1e-8))
        // Bins 0-9 … 90-100: 30 → 30-39, 40 → 40-49, 50, 60, 70 ×2, 80, 90 and 100 share the last bin.
        #expect(result.distribution == [0, 0, 0, 1, 1, 1, 1, 2, 1, 2])
    }

    /// numpy on [3, 3, 2, 1, 3, 2]: mean 2.3333333333333335, sd 0.816496580927726, median 2.5;
    /// statsmodels `proportion_confint(3, 6, method="wilson")` = (0.18761630648265054, 0.8123836935173494).
    @Test("an ordinal item scores levels 1…k and counts each level")
    func ordinalItem() throws {
        let scale = Scale(id: "yes-partly-no", kind: .ordinal(levels: ["No", "Partly", "Yes"], positive: [2]))
        let values = ["Yes", "yes ", "Partly", "No", "YES", "Partly", ""].map(scale.read)
        let result = try #require(ItemAnalysis.results(for: dataset(scale: scale, values: values)).first)
        #expect(result.n == 6)
        #expect(result.missing == 1)
        #expect(close(result.summary.mean, 2.3333333333333335))
        #expect(close(result.summary.standardDeviation, 0.816496580927726))
        #expect(result.summary.median == 2.5)
        #expect(result.positive == 3)
        #expect(result.pctPositive == 50)
        #expect(close(result.pctPositiveCI?.lower, 18.761630648265054, 1e-8))
        #expect(result.distribution == [1, 2, 3])
    }

    @Test("edge cases: no valid answers, one answer, all answers equal")
    func edgeCases() throws {
        let empty = try #require(ItemAnalysis.results(for: dataset(scale: Self.confidence, values: [.missing, .missing])).first)
        #expect(empty.n == 0)
        #expect(empty.summary.mean == nil)
        #expect(empty.pctPositive == nil)
        #expect(empty.pctPositiveCI == nil)
        #expect(empty.meanCI == nil)
        let one = try #require(ItemAnalysis.results(for: dataset(scale: Self.confidence, values: [.valid(70)])).first)
        #expect(one.summary.mean == 70)
        #expect(one.summary.standardDeviation == nil)
        #expect(one.meanCI == nil)
        #expect(one.pctPositive == 100)
        let equal = try #require(ItemAnalysis.results(for: dataset(scale: Self.confidence, values: Array(repeating: .valid(50), count: 4))).first)
        #expect(equal.summary.standardDeviation == 0)
        #expect(equal.meanCI == ConfidenceInterval(lower: 50, upper: 50, confidence: 0.95))
        #expect(equal.positive == 0)
    }

    @Test("1–10 items bin one value per bin; values between whole numbers fall in the bin below")
    func oneToTenBins() throws {
        let scale = Scale.builtIn[1]
        #expect(scale.bins.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"])
        let result = try #require(ItemAnalysis.results(for: dataset(scale: scale, values: [.valid(1), .valid(7.5), .valid(10)])).first)
        #expect(result.distribution == [1, 0, 0, 0, 0, 0, 1, 0, 0, 1])
        #expect(result.positive == 2)
    }
}
