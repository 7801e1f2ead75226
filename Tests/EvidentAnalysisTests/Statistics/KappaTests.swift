import Testing
@testable import EvidentAnalysis

@Suite("Cohen's kappa")
struct KappaTests {
    // scikit-learn 1.9.1: sklearn.metrics.cohen_kappa_score(first, second); pₒ = share of equal pairs
    @Test("binary judgements match scikit-learn", arguments: [
        ([1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1], [1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0],
         0.5945945945945946, 0.8),
        (Array(repeating: 0, count: 18) + [1, 1], Array(repeating: 0, count: 17) + [1, 1, 0],
         0.4444444444444444, 0.9),
        ([0, 1, 0, 1, 1, 0], [0, 0, 0, 0, 0, 0], 0.0, 0.5),  // one coder never uses the code
        ([1, 0, 1, 0], [1, 0, 1, 0], 1.0, 1.0),
    ] as [([Int], [Int], Double, Double)])
    func binary(first: [Int], second: [Int], kappa: Double, observed: Double) {
        let result = Kappa.cohen(first.map { $0 == 1 }, second.map { $0 == 1 })
        #expect(result.units == first.count)
        #expect(isClose(result.value, kappa, relative: 1e-14, absolute: 1e-15))
        #expect(isClose(result.observedAgreement, observed, relative: 1e-15))
        #expect(result.undefinedReason == nil)
    }

    @Test("more than two categories match scikit-learn")
    func categories() {
        // scikit-learn 1.9.1: cohen_kappa_score(list("aabbccabcaab"), list("abbbccaacaab")) -> 0.7446808510638299
        let result = Kappa.cohen(Array("aabbccabcaab"), Array("abbbccaacaab"))
        #expect(isClose(result.value, 0.7446808510638299, relative: 1e-14))
        #expect(isClose(result.observedAgreement, 0.8333333333333334, relative: 1e-15))
    }

    @Test("both coders never use the code: undefined, not 0 or 1")
    func bothNever() {
        // scikit-learn 1.9.1 returns nan (with a warning) for cohen_kappa_score([0, 0, 0], [0, 0, 0]).
        let result = Kappa.cohen([false, false, false], [false, false, false])
        #expect(result.value == nil)
        #expect(result.observedAgreement == 1)
        #expect(result.expectedAgreement == 1)
        #expect(result.undefinedReason == "both coders gave every unit the same single judgement, so agreement expected by chance is 1")
        #expect(Kappa.cohen([true, true], [true, true]).value == nil)
    }

    @Test("no units, or lists of different lengths: undefined")
    func noUnits() {
        let empty = Kappa.cohen([Bool](), [Bool]())
        #expect(empty.value == nil)
        #expect(empty.units == 0)
        #expect(empty.undefinedReason == "no units were judged by both coders")
        #expect(Kappa.cohen([true], [true, false]).undefinedReason != nil)
    }
}
