/// The unit of agreement: one answer, (data set, respondent, question) (agreement spec §2).
///
/// Units sort by data set, then respondent (numerically when both ids are whole numbers, so
/// respondent 9 comes before 10), then question.
public struct AgreementUnit: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var dataset: String
    public var respondent: String
    /// The question's id (its column).
    public var question: String

    public init(dataset: String, respondent: String, question: String) {
        self.dataset = dataset
        self.respondent = respondent
        self.question = question
    }

    public static func < (lhs: AgreementUnit, rhs: AgreementUnit) -> Bool {
        if lhs.dataset != rhs.dataset { return lhs.dataset < rhs.dataset }
        if lhs.respondent != rhs.respondent {
            if let left = Int(lhs.respondent), let right = Int(rhs.respondent), left != right { return left < right }
            return lhs.respondent < rhs.respondent
        }
        return lhs.question < rhs.question
    }

    /// `dataset / respondent / question`.
    public var description: String {
        "\(dataset) / \(respondent) / \(question)"
    }
}

/// One coder's judgements: the units they covered and the codes they applied to each (as
/// applied, before roll-up). A covered unit without codes means every code absent.
public struct CoderJudgements: Sendable, Hashable {
    public var coder: String
    public var covered: Set<AgreementUnit>
    public var codes: [AgreementUnit: Set<String>]

    public init(coder: String, covered: Set<AgreementUnit>, codes: [AgreementUnit: Set<String>]) {
        self.coder = coder
        self.covered = covered
        self.codes = codes
    }
}
