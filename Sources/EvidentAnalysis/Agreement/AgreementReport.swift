public import EvidentModel

/// The agreement section of the appendix as data: one row per code with its kappa, alpha and
/// band, and the answers coders disagreed on, for the team to discuss. Built from an
/// `AgreementResult` and the codebook's labels; rendered by `AgreementMarkdown`.
public struct AgreementReport: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var codeID: String
        public var label: String
        /// 0 for a theme, 1 for its codes, and so on.
        public var depth: Int
        /// The pair's kappa with two coders; with more, the mean of the pairs' defined kappas
        /// (Light's kappa).
        public var kappa: Double?
        public var kappaUndefined: String?
        public var alpha: Double?
        public var alphaUndefined: String?
        /// The band of alpha, or of kappa when alpha is undefined.
        public var band: AgreementBand?
        /// The automatic coding's F1 against the reference coder.
        public var f1: Double?
        public var disagreements: [Disagreement]
    }

    /// An answer the coders judged differently for one code.
    public struct Disagreement: Sendable, Hashable {
        public var unit: AgreementUnit
        /// Coders who applied the code (or one below it).
        public var appliedBy: [String]
        /// Coders who covered the answer and did not.
        public var notAppliedBy: [String]
    }

    public var coders: [String]
    public var reference: String?
    /// Answers at least two coders covered.
    public var units: Int
    public var rows: [Row]
    public var overall: OverallAgreement

    public init(_ result: AgreementResult, codebook: Codebook) {
        let placed = Dictionary(codebook.allCodes.map { ($0.code.id, $0) }, uniquingKeysWith: { first, _ in first })
        coders = result.coders
        reference = result.reference
        units = result.overall.units
        overall = result.overall
        rows = result.codes.map { code in
            let kappas = code.pairs.compactMap(\.kappa)
            let kappa: Double? = code.pairs.count == 1 ? code.pairs[0].kappa : (kappas.isEmpty ? nil : kappas.reduce(0, +) / Double(kappas.count))
            let kappaUndefined = kappa == nil ? (code.pairs.first?.kappaUndefined ?? "fewer than two coders") : nil
            return Row(
                codeID: code.codeID, label: placed[code.codeID]?.code.label ?? code.codeID, depth: placed[code.codeID]?.depth ?? 0,
                kappa: kappa, kappaUndefined: kappaUndefined, alpha: code.alpha, alphaUndefined: code.alphaUndefined,
                band: (code.alpha ?? kappa).map(AgreementBand.init), f1: code.auto?.f1, disagreements: Self.disagreements(code, coders: result.coders)
            )
        }
    }

    private static func disagreements(_ code: CodeAgreement, coders: [String]) -> [Disagreement] {
        var applied: [AgreementUnit: Set<String>] = [:]
        var notApplied: [AgreementUnit: Set<String>] = [:]
        for pair in code.pairs {
            for (unit, by) in zip(pair.disagreements, pair.appliedBy) {
                applied[unit, default: []].insert(by)
                notApplied[unit, default: []].formUnion(pair.coders.filter { $0 != by })
            }
        }
        return applied.keys.sorted().map { unit in
            Disagreement(
                unit: unit, appliedBy: coders.filter { applied[unit]?.contains($0) ?? false },
                notAppliedBy: coders.filter { notApplied[unit]?.contains($0) ?? false }
            )
        }
    }
}
