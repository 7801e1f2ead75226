public import EvidentAnalysis
public import EvidentFormats
public import EvidentImport
import EvidentModel

/// `agreement.json` (agreement spec §3): the spec's keys in its order, numbers unrounded,
/// percentages 0–100, an undefined statistic `null` with its reason in the matching
/// `*_undefined` key. Evident adds `label` per code, `percent_agreement_undefined` per pair,
/// `alpha_units`, `auto_undefined`, `*_undefined` inside `auto`, `units`, `alpha` and their
/// reasons in `overall`, and `file` per rejected row (a run may read several files).
public enum AgreementJSON {
    public static let schema = "evident.agreement/1"

    public static func document(_ result: AgreementResult, labels: [String: String], rejected: [RejectedRow]) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("coders", .array(result.coders.map { .string($0) })),
            ("reference", .string(result.reference)),
            ("codes", .array(result.codes.map { code($0, label: labels[$0.codeID]) })),
            ("overall", overall(result.overall)),
            ("rejected_rows", .array(rejected.map { row in
                .object([
                    ("line", row.location.line.map { .integer($0) } ?? .null), ("reason", .string(row.reason)),
                    ("file", .string(row.location.file)),
                ])
            })),
        ])
    }

    private static func code(_ code: CodeAgreement, label: String?) -> JSONValue {
        .object([
            ("code_id", .string(code.codeID)),
            ("label", .string(label)),
            ("pairs", .array(code.pairs.map(pair))),
            ("alpha", .number(code.alpha)),
            ("alpha_undefined", .string(code.alphaUndefined)),
            ("alpha_units", .integer(code.alphaUnits)),
            ("auto", code.auto.map(auto) ?? .null),
            ("auto_undefined", .string(code.autoUndefined)),
        ])
    }

    private static func pair(_ pair: PairAgreement) -> JSONValue {
        .object([
            ("coders", .array(pair.coders.map { .string($0) })),
            ("units", .integer(pair.units)),
            ("percent_agreement", .number(pair.percentAgreement)),
            ("percent_agreement_undefined", .string(pair.percentAgreementUndefined)),
            ("kappa", .number(pair.kappa)),
            ("kappa_undefined", .string(pair.kappaUndefined)),
            ("disagreements", .array(pair.disagreements.map { unit in
                .array([.string(unit.dataset), .string(unit.respondent), .string(unit.question)])
            })),
        ])
    }

    private static func auto(_ auto: AutoComparison) -> JSONValue {
        .object([
            ("units", .integer(auto.units)), ("tp", .integer(auto.truePositives)), ("fp", .integer(auto.falsePositives)),
            ("fn", .integer(auto.falseNegatives)),
            ("precision", .number(auto.precision)), ("recall", .number(auto.recall)), ("f1", .number(auto.f1)),
            ("precision_undefined", .string(auto.precisionUndefined)), ("recall_undefined", .string(auto.recallUndefined)),
            ("f1_undefined", .string(auto.f1Undefined)),
        ])
    }

    private static func overall(_ overall: OverallAgreement) -> JSONValue {
        .object([
            ("percent_agreement", .number(overall.percentAgreement)),
            ("unit_exact_percent", .number(overall.unitExactPercent)),
            ("macro_f1", .number(overall.macroF1)),
            ("units", .integer(overall.units)),
            ("alpha", .number(overall.alpha)),
            ("percent_agreement_undefined", .string(overall.percentAgreementUndefined)),
            ("unit_exact_undefined", .string(overall.unitExactUndefined)),
            ("macro_f1_undefined", .string(overall.macroF1Undefined)),
            ("alpha_undefined", .string(overall.alphaUndefined)),
        ])
    }
}
