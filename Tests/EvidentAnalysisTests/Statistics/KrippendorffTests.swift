import Testing
@testable import EvidentAnalysis

@Suite("Krippendorff's alpha (nominal)")
struct KrippendorffTests {
    /// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 coders
    /// (A–D) × 12 units with missing judgements, written here units × coders.
    static let paperExample: [[Int?]] = [
        [1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
        [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [nil, 5, 5, 5], [nil, nil, 1, 1], [nil, 3, nil, nil],
    ]

    @Test("Krippendorff's 2011 example: 0.743 published, 0.743421052631579 from the krippendorff package")
    func paperExample() {
        let result = Krippendorff.alphaNominal(Self.paperExample)
        #expect(isClose(result.value, 0.743, absolute: 0.0005))
        // krippendorff 0.9.0: krippendorff.alpha(reliability_data=<coders × units>, level_of_measurement="nominal")
        #expect(isClose(result.value, 0.743421052631579, relative: 1e-14))
        // Unit 12 has a single judgement and is not pairable.
        #expect(result.pairableUnits == 11)
        #expect(result.pairableValues == 40)
    }

    // krippendorff 0.9.0: krippendorff.alpha(reliability_data=<coders × units>, level_of_measurement="nominal")
    @Test("binary judgements with missing values match the krippendorff package", arguments: [
        (   // 3 coders × 8 units, transposed; unit 7 (index 6) still has 2 judgements
            [[true, true, nil], [false, false, false], [false, true, true], [true, true, true],
             [nil, false, false], [true, nil, true], [false, false, nil], [false, false, true]],
            0.6200000000000001
        ),
        (   // 2 coders, no missing values
            [[true, true], [false, false], [false, true], [true, true], [true, true],
             [false, false], [true, false], [false, false], [false, false], [false, false]],
            0.6041666666666666
        ),
    ] as [([[Bool?]], Double)])
    func binary(units: [[Bool?]], alpha: Double) {
        #expect(isClose(Krippendorff.alphaNominal(units).value, alpha, relative: 1e-14))
    }

    @Test("all judgements missing, or no unit with two: undefined")
    func allMissing() {
        let result = Krippendorff.alphaNominal([[Bool?]](repeating: [nil, nil, nil], count: 4))
        #expect(result.value == nil)
        #expect(result.pairableUnits == 0)
        #expect(result.undefinedReason == "no unit has judgements from two or more coders")
        #expect(Krippendorff.alphaNominal([[true, nil], [nil, false]]).value == nil)
        #expect(Krippendorff.alphaNominal([[Int?]]()).value == nil)
    }

    @Test("both coders never use the code: undefined, not 0 or 1")
    func neverUsed() {
        let result = Krippendorff.alphaNominal([[false, false], [false, nil], [false, false]])
        #expect(result.value == nil)
        #expect(result.expectedDisagreement == 0)
        #expect(result.observedDisagreement == 0)
        #expect(result.undefinedReason == "every pairable judgement is the same category, so expected disagreement is 0")
    }
}
