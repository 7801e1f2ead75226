import EvidentModel
import Testing
@testable import EvidentAnalysis

/// Expected values from scikit-learn 1.9.1 `cohen_kappa_score`, `f1_score` and the Python
/// package krippendorff 0.9.0 `alpha(reliability_data=<coders × units>, level_of_measurement=
/// "nominal")`, computed on the same judgements after roll-up (the script is in the comments).
@Suite("Agreement between coders and automatic vs reference")
struct AgreementAnalysisTests {
    /// Themes `t` (codes `a`, `b`) and `u` (code `c`); `a` and `c` have patterns, `b` is manual-only.
    static let codebook = Codebook(name: "Test", themes: [
        Code(id: "t", label: "Theme T", codes: [
            Code(id: "a", label: "A", patterns: [PatternSource("alpha")]), Code(id: "b", label: "B"),
        ]),
        Code(id: "u", label: "Theme U", codes: [Code(id: "c", label: "C", patterns: [PatternSource("gamma")])]),
        Code(id: "d", label: "D", patterns: [PatternSource("delta")]),
    ])

    static func unit(_ number: Int) -> AgreementUnit {
        AgreementUnit(dataset: "ds", respondent: String(number), question: "q")
    }

    static func sheet(_ coder: String, _ codes: [Int: Set<String>], covering: ClosedRange<Int> = 1...10) -> CoderJudgements {
        CoderJudgements(
            coder: coder, covered: Set(covering.map(unit)), codes: Dictionary(uniqueKeysWithValues: codes.map { (unit($0), $1) })
        )
    }

    static let coderA = sheet("A", [1: ["a"], 2: ["a", "b"], 4: ["b"], 5: ["a"], 6: ["c"], 8: ["a"], 9: ["b"]])
    static let coderB = sheet("B", [1: ["a"], 2: ["a"], 3: ["b"], 4: ["b"], 6: ["c"], 8: ["a"], 9: ["b", "c"]])
    static let automatic: [AgreementUnit: Set<String>] = [
        unit(1): ["a"], unit(2): ["a"], unit(3): ["a"], unit(6): ["c"], unit(7): ["c"], unit(8): ["a"],
    ]

    // python: A, B as above, rolled up (t = a or b, u = c); for each code:
    //   cohen_kappa_score(a, b); krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal")
    @Test("two coders: kappa, alpha and percent agreement per code, after roll-up", arguments: [
        ("t", 0.5833333333333333, 0.6041666666666666, 80.0, [3, 5]),
        ("a", 0.7826086956521738, 0.7912087912087913, 90.0, [5]),
        ("b", 0.5238095238095238, 0.5476190476190477, 80.0, [2, 3]),
        ("u", 0.6153846153846154, 0.6274509803921569, 90.0, [9]),
        ("c", 0.6153846153846154, 0.6274509803921569, 90.0, [9]),
    ] as [(String, Double, Double, Double, [Int])])
    func twoCoders(code: String, kappa: Double, alpha: Double, percent: Double, disagreements: [Int]) throws {
        let result = AgreementAnalysis.measure(coders: [Self.coderA, Self.coderB], codebook: Self.codebook)
        let agreement = try #require(result.codes.first { $0.codeID == code })
        let pair = try #require(agreement.pairs.first)
        #expect(pair.coders == ["A", "B"])
        #expect(pair.units == 10)
        #expect(isClose(pair.kappa, kappa, relative: 1e-12))
        #expect(isClose(agreement.alpha, alpha, relative: 1e-12))
        #expect(isClose(pair.percentAgreement, percent))
        #expect(pair.disagreements == disagreements.map(Self.unit))
    }

    @Test("codes listed in codebook order, only those someone used; overall figures")
    func overall() {
        let result = AgreementAnalysis.measure(coders: [Self.coderA, Self.coderB], codebook: Self.codebook)
        #expect(result.codes.map(\.codeID) == ["t", "a", "b", "u", "c"])
        // 7 of 50 (unit, code) judgements differ: 43 / 50.
        #expect(isClose(result.overall.percentAgreement, 86))
        // Identical code sets on units 1, 4, 6, 7, 8, 10.
        #expect(isClose(result.overall.unitExactPercent, 60))
        // python: krippendorff.alpha over the 50 (unit, code) pairs as units.
        #expect(isClose(result.overall.alpha, 0.6760168302945302, relative: 1e-12))
        #expect(result.overall.units == 10)
        #expect(result.overall.macroF1 == nil)
        #expect(result.overall.macroF1Undefined == "no reference coder was named")
        #expect(result.codes[0].auto == nil)
        #expect(result.codes[0].autoUndefined == "no reference coder was named")
    }

    // python: sklearn.metrics.f1_score(reference, automatic) per code after roll-up.
    @Test("automatic vs reference: TP, FP, FN, precision, recall, F1 and macro F1")
    func automaticVersusReference() throws {
        let result = AgreementAnalysis.measure(
            coders: [Self.coderA, Self.coderB], codebook: Self.codebook, automatic: Self.automatic, reference: "A"
        )
        #expect(result.codes.map(\.codeID) == ["t", "a", "b", "u", "c"])
        let a = try #require(result.codes[1].auto)
        #expect([a.units, a.truePositives, a.falsePositives, a.falseNegatives] == [10, 3, 1, 1])
        #expect(a.precision == 0.75 && a.recall == 0.75 && a.f1 == 0.75)
        let theme = try #require(result.codes[0].auto)
        #expect([theme.truePositives, theme.falsePositives, theme.falseNegatives] == [3, 1, 3])
        #expect(isClose(theme.f1, 0.6))
        let c = try #require(result.codes[4].auto)
        #expect(c.precision == 0.5 && c.recall == 1 && isClose(c.f1, 0.6666666666666666))
        #expect(result.codes[2].auto == nil)
        #expect(result.codes[2].autoUndefined
            == "manual-only code: neither it nor any code below it has patterns, so it is never applied automatically")
        // mean of 0.6, 0.75, 2/3, 2/3 (sklearn: 0.6708333333333333)
        #expect(isClose(result.overall.macroF1, 0.6708333333333333, relative: 1e-12))
    }

    @Test("a code only the automatic coding used: kappa and alpha undefined with reasons, precision 0, recall undefined")
    func undefinedValues() throws {
        var automatic = Self.automatic
        automatic[Self.unit(10)] = ["d"]
        let result = AgreementAnalysis.measure(
            coders: [Self.coderA, Self.coderB], codebook: Self.codebook, automatic: automatic, reference: "A"
        )
        let d = try #require(result.codes.last)
        #expect(d.codeID == "d")
        #expect(d.pairs[0].kappa == nil)
        #expect(d.pairs[0].kappaUndefined
            == "both coders gave every unit the same single judgement, so agreement expected by chance is 1")
        #expect(d.pairs[0].percentAgreement == 100)
        #expect(d.alpha == nil)
        #expect(d.alphaUndefined == "every pairable judgement is the same category, so expected disagreement is 0")
        let auto = try #require(d.auto)
        #expect(auto.precision == 0 && auto.recall == nil && auto.f1 == 0)
        #expect(auto.recallUndefined == "the reference coder did not apply the code")
        // d's defined F1 of 0 joins the macro average.
        #expect(isClose(result.overall.macroF1, (0.6 + 0.75 + 2.0 / 3 + 2.0 / 3 + 0) / 5, relative: 1e-12))
    }

    @Test("a code nobody and nothing applied on the reference's units: F1 undefined")
    func f1Undefined() {
        let reference = Self.sheet("A", [:], covering: 1...2)
        let result = AgreementAnalysis.measure(
            coders: [reference], codebook: Self.codebook, automatic: [Self.unit(5): ["a"]], reference: "A"
        )
        #expect(result.codes.isEmpty)
        #expect(result.overall.macroF1Undefined == "no code has a defined F1")
        #expect(result.overall.percentAgreementUndefined == "no unit was covered by two coders")
        #expect(result.overall.unitExactUndefined == "no unit was covered by two coders")
        #expect(result.overall.alpha == nil)
    }

    // python: coverage A = 1…7 and 9, B = 1…8 but 6, C = 3…8; x applied by A on {1,3,4,6,9},
    // B on {1,3,5,8}, C on {3,4,5,8}; missing judgements as NaN:
    //   krippendorff.alpha(reliability_data=<3 × 9>, level_of_measurement="nominal") = 0.40625
    //   cohen_kappa_score on each pair's shared units: AB 0.33333333333333337 (6 units),
    //   AC 0.16666666666666663 (5), BC 0.5454545454545454 (5)
    @Test("three coders with missing judgements: alpha over all, kappa per pair over the units both covered")
    func threeCodersMissing() throws {
        let codebook = Codebook(name: "One", themes: [Code(id: "x", label: "X")])
        func coder(_ name: String, _ covered: [Int], _ applied: [Int]) -> CoderJudgements {
            CoderJudgements(
                coder: name, covered: Set(covered.map(Self.unit)),
                codes: Dictionary(uniqueKeysWithValues: applied.map { (Self.unit($0), Set(["x"])) })
            )
        }
        let result = AgreementAnalysis.measure(coders: [
            coder("A", [1, 2, 3, 4, 5, 6, 7, 9], [1, 3, 4, 6, 9]), coder("B", [1, 2, 3, 4, 5, 7, 8], [1, 3, 5, 8]),
            coder("C", [3, 4, 5, 6, 7, 8], [3, 4, 5, 8]),
        ], codebook: codebook)
        let x = try #require(result.codes.first)
        #expect(isClose(x.alpha, 0.40625, relative: 1e-12))
        #expect(x.alphaUnits == 8)
        #expect(x.pairs.map(\.coders) == [["A", "B"], ["A", "C"], ["B", "C"]])
        #expect(x.pairs.map(\.units) == [6, 5, 5])
        #expect(isClose(x.pairs[0].kappa, 0.33333333333333337, relative: 1e-12))
        #expect(isClose(x.pairs[1].kappa, 0.16666666666666663, relative: 1e-12))
        #expect(isClose(x.pairs[2].kappa, 0.5454545454545454, relative: 1e-12))
        #expect(x.pairs[0].disagreements == [Self.unit(4), Self.unit(5)])
        #expect(x.pairs[0].appliedBy == ["A", "B"])
        let report = AgreementReport(result, codebook: codebook)
        // Light's kappa: the mean of the three pairs.
        #expect(isClose(report.rows[0].kappa, (0.33333333333333337 + 0.16666666666666663 + 0.5454545454545454) / 3, relative: 1e-12))
        #expect(report.rows[0].band == .moderate)
        #expect(report.rows[0].disagreements.map(\.unit) == [4, 5, 6].map(Self.unit))
        #expect(report.rows[0].disagreements[0].appliedBy == ["A", "C"])
        #expect(report.rows[0].disagreements[0].notAppliedBy == ["B"])
    }

    /// The worked example of Cohen's kappa in Wikipedia's "Cohen's kappa" article: 50 grant
    /// proposals, both readers say yes to 20, only A to 5, only B to 10, neither to 15:
    /// pₒ = 0.7, pₑ = 0.5, κ = 0.4. scikit-learn `cohen_kappa_score` gives 0.4 and the krippendorff
    /// package (nominal) 0.4 on the same judgements.
    @Test("a published worked example: 50 units, κ = 0.4, 70% agreement")
    func publishedExample() throws {
        let codebook = Codebook(name: "Grants", themes: [Code(id: "yes", label: "Yes")])
        let units = (1...50).map(Self.unit)
        func coder(_ name: String, _ applied: [Int]) -> CoderJudgements {
            CoderJudgements(coder: name, covered: Set(units), codes: Dictionary(uniqueKeysWithValues: applied.map { (Self.unit($0), Set(["yes"])) }))
        }
        let result = AgreementAnalysis.measure(
            coders: [coder("A", Array(1...25)), coder("B", Array(1...20) + Array(26...35))], codebook: codebook
        )
        let code = try #require(result.codes.first)
        #expect(isClose(code.pairs[0].kappa, 0.4, relative: 1e-12))
        #expect(isClose(code.pairs[0].percentAgreement, 70))
        #expect(isClose(code.alpha, 0.4, relative: 1e-12))
        #expect(code.pairs[0].disagreements.count == 15)
    }

    @Test("bands: below 0.4 poor, 0.4–0.6 moderate, 0.6–0.8 substantial, above 0.8 almost perfect", arguments: [
        (-0.2, AgreementBand.poor), (0.39, .poor), (0.4, .moderate), (0.6, .moderate), (0.61, .substantial),
        (0.8, .substantial), (0.81, .almostPerfect), (1, .almostPerfect),
    ])
    func bands(value: Double, band: AgreementBand) {
        #expect(AgreementBand(value) == band)
    }

    @Test("units sort by data set, respondent numerically, then question")
    func unitOrder() {
        let units = [("b", "2", "q"), ("a", "10", "q"), ("a", "9", "r"), ("a", "9", "q"), ("a", "x", "q")]
            .map { AgreementUnit(dataset: $0.0, respondent: $0.1, question: $0.2) }
        #expect(units.sorted().map(\.description) == ["a / 9 / q", "a / 9 / r", "a / 10 / q", "a / x / q", "b / 2 / q"])
    }
}
