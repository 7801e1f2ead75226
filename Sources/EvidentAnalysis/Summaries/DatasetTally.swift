public import EvidentCoding
public import EvidentModel

/// Everything one data set contributes to a study's figures, gathered in one pass respondent by
/// respondent — item score counts, the composite, each attribute's groups, per code its segments
/// and respondents, code co-occurrence by answer, coverage, the words of uncoded answers, the
/// codes of each story, the quote candidates worth keeping — and nothing per respondent or per
/// segment beyond that. Every part merges by adding counts (groups and quotes by their own
/// order-free rules), so each worker keeps its own tally and the tallies merge, in any order,
/// into the figures a pass over the whole data set gives (`StudyAnalysis.analyse`, the
/// in-memory definition, which the tests hold it equal to).
///
/// Feed it with `add(_:position:coded:)`: a respondent, their position in the data set, and the
/// engine's records for each of their non-empty answers. Respondent ids are unique in a data set
/// (the loaders reject repeats), so each respondent is counted once.
public struct DatasetTally: Sendable {
    public let plan: TallyPlan
    public internal(set) var items: [ItemTally]
    public internal(set) var composite: CompositeTally?
    /// Per attribute, in the data set's attribute order.
    public internal(set) var groups: [GroupTally]
    /// Per attribute: each value as written (trimmed), with the respondents giving it; quotes are
    /// attributed by role only when a role is common enough.
    public internal(set) var attributeValues: [[String: Int]]
    /// Respondents who wrote any free text: the base of every theme figure.
    public internal(set) var writers = 0
    /// Per code: distinct coded segments (its sub-codes' included) and respondents.
    public internal(set) var codeSegments: [Int]
    public internal(set) var codeRespondents: [Int]
    /// Co-occurrence counts, `coOccurrence[row * width + column]` for rows of the plan.
    public internal(set) var coOccurrence: [Int]
    /// Non-empty answers, answers with a coded segment, coded segments.
    public internal(set) var answers = 0
    public internal(set) var codedAnswers = 0
    public internal(set) var segments = 0
    /// The words and phrases of uncoded answers.
    var terms = TermTally()
    /// Stories only: each story's codes (positions, applied directly).
    public internal(set) var storyCodes: [String: Set<Int>] = [:]
    /// Every distinct value of the personal-data columns: used only to redact quotes, never shown.
    public internal(set) var personalDetails: Set<String> = []
    /// Respondents linked to a case (`case_id`) who wrote free text: their cases and the codes
    /// they mention, for themes against outcomes. One entry per linked case, none otherwise.
    public internal(set) var caseMentions = CaseMentions()
    /// Respondents who wrote but whose consent holds their words back.
    public internal(set) var consentHeld = ConsentHeld()
    public internal(set) var quotes: QuotePool

    /// Working storage for one respondent, reused.
    var scratch = Scratch()

    public init(plan: TallyPlan) {
        self.plan = plan
        let dataset = plan.dataset
        items = dataset.items.map { _ in ItemTally() }
        composite = plan.composite.map { CompositeTally(indexes: $0.indexes, threshold: $0.threshold) }
        groups = dataset.attributes.map { _ in GroupTally(items: dataset.items.count, codes: plan.codeCount) }
        attributeValues = dataset.attributes.map { _ in [:] }
        codeSegments = Array(repeating: 0, count: plan.codeCount)
        codeRespondents = codeSegments
        coOccurrence = Array(repeating: 0, count: plan.coOccurrenceCodes.count * plan.coOccurrenceCodes.count)
        quotes = QuotePool(depth: plan.quotes)
        scratch = Scratch(codes: plan.codeCount)
    }

    /// One respondent's answer, coded: its question (position) and the engine's records for it.
    public struct CodedAnswer {
        public var question: Int
        public var records: CodedRecords

        public init(question: Int, records: CodedRecords) {
            self.question = question
            self.records = records
        }
    }

    /// Counts one respondent at `position` in the data set (0-based, in file order), with their
    /// items, attributes and the codes of their answers. `coded` yields the coded records of each
    /// non-empty answer, in question order (the caller codes them, and may render them meanwhile).
    public mutating func add(
        _ respondent: Respondent, position: Int, coded: (_ question: Int, _ answer: String) -> CodedRecords?
    ) {
        let dataset = plan.dataset
        for (index, value) in respondent.values.enumerated() where index < items.count {
            items[index].add(value)
        }
        composite?.add(respondent.values)
        for value in respondent.personalDetails where !value.isEmpty { personalDetails.insert(value) }
        scratch.beginRespondent()
        var wroteText = false
        for (question, answer) in respondent.answers.enumerated() where question < dataset.questions.count && !answer.isBlank {
            wroteText = true
            answers += 1
            guard let records = coded(question, answer), !records.segments.isEmpty else {
                if plan.hasCodebook { addUncoded(answer) }
                continue
            }
            codedAnswers += 1
            segments += records.segments.count
            addCoded(records, respondent: respondent, question: question, answer: answer)
        }
        if wroteText { writers += 1 }
        consentHeld.add(respondent, wroteText: wroteText)
        if wroteText, let caseID = respondent.caseID {
            caseMentions.add(case: caseID, codes: scratch.respondentCodes.map { plan.codes[$0] })
        }
        for code in scratch.respondentCodes { codeRespondents[code] += 1 }
        for (attribute, raw) in respondent.attributes.enumerated() where attribute < groups.count {
            attributeValues[attribute][raw.trimmedWhitespace, default: 0] += 1
            for group in groups[attribute].groups(of: raw, respondent: position) {
                for (item, value) in respondent.values.enumerated() where item < items.count {
                    if let score = value.score { groups[attribute].add(score: score, item: item, group: group) }
                }
                if wroteText { groups[attribute].addWriter(codes: scratch.respondentCodes, group: group) }
            }
        }
    }

    private mutating func addUncoded(_ answer: String) {
        let segmenter = Segmenter(unit: .sentence)
        let tokenizer = Tokenizer()
        terms.add(answerSentences: segmenter.segments(in: answer).map { tokenizer.tokens(in: $0, of: answer).map(\.text) })
    }

    /// Themes, co-occurrence and story codes of one coded answer; then its quote candidates.
    private mutating func addCoded(_ records: CodedRecords, respondent: Respondent, question: Int, answer: String) {
        scratch.beginAnswer()
        for segment in records.segments {
            guard segment.code < plan.chains.count else { continue }
            for code in plan.chains[segment.code] {
                if scratch.countSegment(code: code, index: segment.segmentIndex) { codeSegments[code] += 1 }
                scratch.noteRespondentCode(code)
                let row = plan.coOccurrenceRow[code]
                if row >= 0 { scratch.noteAnswerRow(row) }
            }
            if plan.keepsStoryCodes { storyCodes[respondent.id, default: []].insert(segment.code) }
        }
        let width = plan.coOccurrenceCodes.count
        scratch.answerRows.sort()
        for first in scratch.answerRows {
            for second in scratch.answerRows { coOccurrence[first * width + second] += 1 }
        }
        if plan.quotes != nil { offerQuotes(records, respondent: respondent, question: question, answer: answer) }
    }
}
