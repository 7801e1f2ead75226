public import EvidentModel

/// Measures agreement between coders, and of the automatic coding against a reference coder,
/// exactly as agreement spec §2 defines it:
///
/// - The unit is one answer. A code counts as present in a unit when the coder applied it or any
///   code below it (`RollUp`), on both sides.
/// - Per code and pair of coders, over the units both covered: percent agreement and Cohen's
///   kappa (`Kappa.cohen`), and the units where they disagree.
/// - Per code, across all coders: Krippendorff's alpha, nominal (`Krippendorff.alphaNominal`),
///   with a coder who did not cover a unit as a missing judgement.
/// - Automatic against the reference: TP, FP, FN, precision, recall and F1 per code on the
///   units the reference covered, and macro F1 (`AgreementAnalysis+Automatic`).
/// - Overall: percent agreement pooled over every (pair, unit, code) judgement of the codes at
///   least one coder used, the share of units whose code sets are identical, and alpha over all
///   (unit, code) judgements.
///
/// O(units × codes × coders²).
public enum AgreementAnalysis {
    /// - Parameters:
    ///   - coders: each coder's judgements, in the order to report them.
    ///   - codebook: for roll-up, code order and which codes can be applied automatically.
    ///   - automatic: the codes the automatic coding applied to each answer (directly; roll-up
    ///     happens here), or `nil` to skip the comparison.
    ///   - reference: the coder the automatic coding is measured against.
    public static func measure(
        coders: [CoderJudgements], codebook: Codebook, automatic: [AgreementUnit: Set<String>]? = nil, reference: String? = nil
    ) -> AgreementResult {
        let rollUp = RollUp(codebook: codebook)
        let rolled = coders.map { coder in
            Rolled(name: coder.coder, covered: coder.covered, codes: coder.codes.mapValues { rollUp.closure(of: $0) })
        }
        let autoRolled = automatic?.mapValues { rollUp.closure(of: $0) }
        let referenceCoder = reference.flatMap { name in rolled.first { $0.name == name } }
        let humanUsed = Set(rolled.flatMap { coder in coder.covered.flatMap { coder.codes[$0] ?? [] } })
        var autoUsed: Set<String> = []
        if let referenceCoder, let autoRolled {
            for unit in referenceCoder.covered { autoUsed.formUnion(autoRolled[unit] ?? []) }
        }
        let listed = codebook.allCodes.map(\.code.id).filter { humanUsed.contains($0) || autoUsed.contains($0) }
        let automaticCodes = Self.automaticCodes(codebook)
        let allUnits = Set(rolled.flatMap(\.covered)).sorted()
        var codes: [CodeAgreement] = []
        for code in listed {
            var agreement = CodeAgreement(
                codeID: code, pairs: pairs(rolled, code: code), alpha: nil, alphaUndefined: nil, alphaUnits: 0, auto: nil, autoUndefined: nil
            )
            let matrix = allUnits.map { unit in rolled.map { coder in coder.covered.contains(unit) ? coder.has(code, in: unit) : nil } }
            let alpha = Krippendorff.alphaNominal(matrix)
            agreement.alpha = alpha.value
            agreement.alphaUndefined = alpha.undefinedReason
            agreement.alphaUnits = alpha.pairableUnits
            (agreement.auto, agreement.autoUndefined) = comparison(
                code: code, reference: referenceCoder, named: reference, automatic: autoRolled, automaticCodes: automaticCodes
            )
            codes.append(agreement)
        }
        let overall = overall(rolled, units: allUnits, codes: humanUsed, perCode: codes, reference: reference, hasAutomatic: automatic != nil)
        return AgreementResult(coders: coders.map(\.coder), reference: reference, codes: codes, overall: overall)
    }

    /// One coder's judgements after roll-up.
    struct Rolled {
        var name: String
        var covered: Set<AgreementUnit>
        var codes: [AgreementUnit: Set<String>]

        func has(_ code: String, in unit: AgreementUnit) -> Bool {
            codes[unit]?.contains(code) ?? false
        }

        func set(in unit: AgreementUnit) -> Set<String> {
            codes[unit] ?? []
        }
    }

    private static func pairs(_ coders: [Rolled], code: String) -> [PairAgreement] {
        var pairs: [PairAgreement] = []
        for first in coders.indices {
            for second in coders.indices where second > first {
                let a = coders[first]
                let b = coders[second]
                let units = a.covered.intersection(b.covered).sorted()
                let left = units.map { a.has(code, in: $0) }
                let right = units.map { b.has(code, in: $0) }
                let kappa = Kappa.cohen(left, right)
                let disagreeing = units.indices.filter { left[$0] != right[$0] }
                let agreeing = units.count - disagreeing.count
                pairs.append(PairAgreement(
                    coders: [a.name, b.name], units: units.count,
                    percentAgreement: units.isEmpty ? nil : Double(agreeing) / Double(units.count) * 100,
                    percentAgreementUndefined: units.isEmpty ? "no units were judged by both coders" : nil,
                    kappa: kappa.value, kappaUndefined: kappa.undefinedReason,
                    disagreements: disagreeing.map { units[$0] }, appliedBy: disagreeing.map { left[$0] ? a.name : b.name }
                ))
            }
        }
        return pairs
    }

    /// Codes that have patterns, themselves or below them: the only ones automatic coding can
    /// make present after roll-up.
    static func automaticCodes(_ codebook: Codebook) -> Set<String> {
        var result: Set<String> = []
        for placed in codebook.allCodes where !placed.code.patterns.isEmpty {
            result.insert(placed.code.id)
            result.formUnion(placed.ancestors)
        }
        return result
    }
}

extension RollUp {
    /// The codes and every code above them.
    func closure(of codes: Set<String>) -> Set<String> {
        Set(codes.flatMap { selfAndAncestors(of: $0) })
    }
}
