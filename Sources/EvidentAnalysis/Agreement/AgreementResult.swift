/// Agreement between coders and between the automatic coding and a reference coder, code by
/// code (agreement spec §2–3). Undefined statistics are `nil` with their reason beside them.
public struct AgreementResult: Sendable, Hashable {
    /// Human coders, in the order they were first met.
    public var coders: [String]
    /// The coder the automatic coding is measured against, if one was named.
    public var reference: String?
    /// Codes used by at least one coder, or by the automatic coding on the reference's units,
    /// in codebook order.
    public var codes: [CodeAgreement]
    public var overall: OverallAgreement
}

/// One code's agreement.
public struct CodeAgreement: Sendable, Hashable {
    public var codeID: String
    /// One entry per pair of coders, in coder order.
    public var pairs: [PairAgreement]
    /// Krippendorff's alpha (nominal) across all coders, present/absent, on the units at least
    /// two coders covered.
    public var alpha: Double?
    public var alphaUndefined: String?
    /// Units with judgements from at least two coders.
    public var alphaUnits: Int
    /// The automatic coding against the reference; `nil` with `autoUndefined` when there is no
    /// reference or the code is never applied automatically.
    public var auto: AutoComparison?
    public var autoUndefined: String?
}

/// Two coders on one code, over the units both covered.
public struct PairAgreement: Sendable, Hashable {
    /// The two coders, in coder order.
    public var coders: [String]
    /// Units both covered.
    public var units: Int
    /// Units where they agree, as a share of `units`, 0–100; `nil` when `units` is 0.
    public var percentAgreement: Double?
    public var percentAgreementUndefined: String?
    /// Cohen's kappa (`Kappa.cohen`).
    public var kappa: Double?
    public var kappaUndefined: String?
    /// Units where one applied the code (or a code below it) and the other did not, sorted.
    public var disagreements: [AgreementUnit]
    /// For each disagreement, the coder (of the two) who applied the code.
    public var appliedBy: [String]
}

/// The automatic coding measured against the reference coder for one code, on the units the
/// reference covered, with roll-up on both sides.
public struct AutoComparison: Sendable, Hashable {
    public var units: Int
    /// Both applied it.
    public var truePositives: Int
    /// Only the automatic coding applied it.
    public var falsePositives: Int
    /// Only the reference applied it.
    public var falseNegatives: Int
    /// TP / (TP + FP).
    public var precision: Double?
    public var precisionUndefined: String?
    /// TP / (TP + FN).
    public var recall: Double?
    public var recallUndefined: String?
    /// 2TP / (2TP + FP + FN), defined whenever that denominator is not 0.
    public var f1: Double?
    public var f1Undefined: String?
}

/// Agreement over every code at once.
public struct OverallAgreement: Sendable, Hashable {
    /// Units at least two coders covered.
    public var units: Int
    /// Agreeing (unit, code) judgements as a share of all, 0–100, pooled over every pair of
    /// coders, the units both covered and the codes at least one coder used.
    public var percentAgreement: Double?
    public var percentAgreementUndefined: String?
    /// Units where every coder who covered it gave the same set of codes (after roll-up), as a
    /// share of the units at least two covered, 0–100.
    public var unitExactPercent: Double?
    public var unitExactUndefined: String?
    /// Krippendorff's alpha over every (unit, code) judgement of the codes at least one coder
    /// used, each pair a present/absent unit.
    public var alpha: Double?
    public var alphaUndefined: String?
    /// The mean F1 over codes whose F1 is defined.
    public var macroF1: Double?
    public var macroF1Undefined: String?
}
