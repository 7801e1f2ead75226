import EvidentAnalysis
import EvidentImport
import EvidentModel

/// Turns checked manual coding into each coder's judgements: the units they covered and the
/// codes they applied (agreement spec §1).
enum CoderSheets {
    /// Coders in the order first met (codings, then coverage). A coder's covered units are the
    /// coverage file's entries for them; without a coverage file, or for a coder it does not
    /// list, the units they applied a code to. A coding outside the coder's coverage still
    /// counts (its unit is added to their coverage) and is reported.
    static func judgements(_ coding: ManualCodingSet, warnings: inout [Diagnostic]) -> [CoderJudgements] {
        var order: [String] = []
        var codes: [String: [AgreementUnit: Set<String>]] = [:]
        var covered: [String: Set<AgreementUnit>] = [:]
        func meet(_ coder: String) {
            if codes[coder] == nil, covered[coder] == nil { order.append(coder) }
        }
        for entry in coding.codings {
            meet(entry.coder)
            let unit = AgreementUnit(dataset: entry.dataset, respondent: entry.respondent, question: entry.question)
            codes[entry.coder, default: [:]][unit, default: []].insert(entry.codeID)
        }
        for entry in coding.coverage ?? [] {
            meet(entry.coder)
            covered[entry.coder, default: []].insert(AgreementUnit(dataset: entry.dataset, respondent: entry.respondent, question: entry.question))
        }
        return order.map { coder in
            let applied = codes[coder] ?? [:]
            var units = covered[coder] ?? Set(applied.keys)
            let outside = applied.keys.filter { !units.contains($0) }
            if coding.coverage != nil, covered[coder] == nil {
                warnings.append(.warning("the coverage file does not list coder '\(coder)'; they are taken to have covered the \(applied.count) answers they coded"))
            } else if !outside.isEmpty {
                warnings.append(.warning("coder '\(coder)' coded \(outside.count) answers the coverage file does not list for them; they count as covered"))
                units.formUnion(outside)
            }
            return CoderJudgements(coder: coder, covered: units, codes: applied)
        }
    }
}
