public import EvidentModel

/// Which cases wrote feedback, and which codes their feedback mentions: what themes against
/// outcomes (`ThemeOutcomeAnalysis`) needs of the free text. A case wrote feedback when a
/// respondent linked to it by `case_id` wrote any free text; it mentions a code when one of its
/// segments is coded by the code or any code below it.
///
/// Gathered whole from data sets and their segments, or streamed (`DatasetTally.caseCodes`, one
/// entry per linked respondent who wrote, merged by union), with the same result.
public struct CaseMentions: Sendable, Equatable {
    /// Cases with a respondent who wrote free text.
    public var writers: Set<String> = []
    /// Per code id: the cases mentioning it (sub-codes' segments included).
    public var cases: [String: Set<String>] = [:]

    public init() {}

    /// From data sets held whole and their coded segments.
    public init(datasets: [Dataset], segments: [CodedSegment], codebook: Codebook) {
        var caseOf: [String: String] = [:]
        for dataset in datasets {
            for respondent in dataset.respondents {
                guard let caseID = respondent.caseID else { continue }
                caseOf[dataset.id + "\u{0}" + respondent.id] = caseID
                if respondent.hasFreeText { writers.insert(caseID) }
            }
        }
        guard !writers.isEmpty else { return }
        let rollUp = RollUp(codebook: codebook)
        for segment in segments {
            guard let caseID = caseOf[segment.dataset + "\u{0}" + segment.respondent] else { continue }
            for code in rollUp.selfAndAncestors(of: segment.codeID) { cases[code, default: []].insert(caseID) }
        }
    }

    /// Adds a case whose linked respondent wrote free text, with the codes (ids, ancestors
    /// included) of their segments.
    public mutating func add(case caseID: String, codes: some Sequence<String>) {
        writers.insert(caseID)
        for code in codes { cases[code, default: []].insert(caseID) }
    }

    /// Both sets of mentions together.
    public mutating func merge(_ other: CaseMentions) {
        writers.formUnion(other.writers)
        cases.merge(other.cases) { $0.union($1) }
    }
}
