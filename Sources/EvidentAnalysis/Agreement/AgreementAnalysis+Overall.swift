extension AgreementAnalysis {
    /// The automatic coding against the reference for one code (see `AutoComparison`).
    static func comparison(
        code: String, reference: Rolled?, named: String?, automatic: [AgreementUnit: Set<String>]?, automaticCodes: Set<String>
    ) -> (AutoComparison?, String?) {
        guard let named else { return (nil, "no reference coder was named") }
        guard let reference else { return (nil, "the reference coder '\(named)' coded nothing") }
        guard let automatic else { return (nil, "the study has no automatic coding") }
        guard automaticCodes.contains(code) else {
            return (nil, "manual-only code: neither it nor any code below it has patterns, so it is never applied automatically")
        }
        var tp = 0
        var fp = 0
        var fn = 0
        for unit in reference.covered {
            let byAutomatic = automatic[unit]?.contains(code) ?? false
            let byReference = reference.has(code, in: unit)
            switch (byAutomatic, byReference) {
            case (true, true): tp += 1
            case (true, false): fp += 1
            case (false, true): fn += 1
            case (false, false): break
            }
        }
        var result = AutoComparison(
            units: reference.covered.count, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: nil,
            precisionUndefined: nil, recall: nil, recallUndefined: nil, f1: nil, f1Undefined: nil
        )
        if tp + fp > 0 {
            result.precision = Double(tp) / Double(tp + fp)
        } else {
            result.precisionUndefined = "the automatic coding did not apply the code on the reference coder's units"
        }
        if tp + fn > 0 {
            result.recall = Double(tp) / Double(tp + fn)
        } else {
            result.recallUndefined = "the reference coder did not apply the code"
        }
        if 2 * tp + fp + fn > 0 {
            result.f1 = Double(2 * tp) / Double(2 * tp + fp + fn)
        } else {
            result.f1Undefined = "neither the automatic coding nor the reference coder applied the code"
        }
        return (result, nil)
    }

    /// Agreement over all codes at once (see `OverallAgreement`).
    static func overall(
        _ coders: [Rolled], units: [AgreementUnit], codes: Set<String>, perCode: [CodeAgreement], reference: String?, hasAutomatic: Bool
    ) -> OverallAgreement {
        let shared = units.filter { unit in coders.filter { $0.covered.contains(unit) }.count >= 2 }
        var result = OverallAgreement(units: shared.count)
        let pooledCodes = codes.sorted()
        var judgements = 0
        var agreements = 0
        var exact = 0
        var matrix: [[Bool?]] = []
        for unit in units {
            let covering = coders.filter { $0.covered.contains(unit) }
            for first in covering.indices {
                for second in covering.indices where second > first {
                    for code in pooledCodes {
                        judgements += 1
                        if covering[first].has(code, in: unit) == covering[second].has(code, in: unit) { agreements += 1 }
                    }
                }
            }
            if covering.count >= 2, Set(covering.map { $0.set(in: unit).intersection(codes) }).count == 1 { exact += 1 }
            for code in pooledCodes {
                matrix.append(coders.map { $0.covered.contains(unit) ? $0.has(code, in: unit) : nil })
            }
        }
        if judgements > 0 {
            result.percentAgreement = Double(agreements) / Double(judgements) * 100
        } else {
            result.percentAgreementUndefined = shared.isEmpty
                ? "no unit was covered by two coders" : "no coder applied any code on the units two coders covered"
        }
        if shared.isEmpty {
            result.unitExactUndefined = "no unit was covered by two coders"
        } else {
            result.unitExactPercent = Double(exact) / Double(shared.count) * 100
        }
        let alpha = Krippendorff.alphaNominal(matrix)
        result.alpha = alpha.value
        result.alphaUndefined = alpha.undefinedReason
        let f1s = perCode.compactMap { $0.auto?.f1 }
        if !f1s.isEmpty {
            result.macroF1 = f1s.reduce(0, +) / Double(f1s.count)
        } else if reference == nil {
            result.macroF1Undefined = "no reference coder was named"
        } else if !hasAutomatic {
            result.macroF1Undefined = "the study has no automatic coding"
        } else {
            result.macroF1Undefined = "no code has a defined F1"
        }
        return result
    }
}
