import EvidentImport
import EvidentModel

/// What a project export holds, laid out before it is written: sources with their coded
/// selections, and cases with the selections in their answers (see `QDPXWriter`).
struct QDPXPlan {
    struct Selection {
        var guid: StableGUID
        var name: String
        var start: Int
        var end: Int
        var codes: [String]
        /// The patterns that matched, for the selection's note.
        var why: String
    }

    struct Source {
        var guid: StableGUID
        var name: String
        var dataset: String
        var question: String
        var layout: SurveySourceLayout
        var selections: [Selection]
    }

    struct Case {
        var guid: StableGUID
        var dataset: Dataset
        var respondent: Respondent
    }

    private(set) var sources: [Source] = []
    private(set) var cases: [Case] = []
    private var caseIndex: [StableGUID: Int] = [:]
    private var caseSelections: [StableGUID: [StableGUID]] = [:]

    func selections(ofCase guid: StableGUID) -> [StableGUID] {
        caseSelections[guid] ?? []
    }

    /// Adds the source for question `position` of `dataset`, when any respondent answered it.
    mutating func add(_ writer: QDPXWriter, dataset: Dataset, position: Int, question: Question, segments: [AnswerKey: [CodedSegment]]) {
        let answers = dataset.respondents.map { ($0.id, position < $0.answers.count ? $0.answers[position] : "") }
        let layout = SurveySourceLayout(answers: answers)
        guard !layout.answers.isEmpty else { return }
        let datasetSpace = writer.project.child("dataset:" + dataset.id)
        let guid = datasetSpace.child("question:" + question.id)
        let respondents = Dictionary(dataset.respondents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var selections: [Selection] = []
        for answer in layout.answers {
            let caseGUID = datasetSpace.child("respondent:" + answer.respondent)
            if caseIndex[caseGUID] == nil, let respondent = respondents[answer.respondent] {
                caseIndex[caseGUID] = cases.count
                cases.append(Case(guid: caseGUID, dataset: dataset, respondent: respondent))
            }
            let coded = segments[AnswerKey(dataset: dataset.id, respondent: answer.respondent, question: question.id)] ?? []
            let spans = Dictionary(grouping: coded) { SpanKey(start: $0.start, end: $0.end) }
            for span in spans.keys.sorted() {
                let onSpan = spans[span] ?? []
                let selection = guid.child("answer:" + answer.respondent).child("segment:\(span.start)-\(span.end)")
                selections.append(Selection(
                    guid: selection, name: "[\(answer.respondent)] sentence \((onSpan.first?.segmentIndex ?? 0) + 1)",
                    start: answer.start + span.start, end: answer.start + span.end, codes: onSpan.map(\.codeID),
                    why: "Coded by Evident. " + onSpan.map { segment in
                        "\(segment.codeID): " + segment.matches.map { "\($0.pattern) (tokens \($0.firstToken)–\($0.lastToken))" }.joined(separator: ", ")
                    }.joined(separator: "; ")
                ))
                caseSelections[caseGUID, default: []].append(selection)
            }
        }
        sources.append(Source(
            guid: guid, name: SurveySourceLayout.sourceName(dataset: dataset.id, number: position + 1, question: question.text),
            dataset: dataset.id, question: question.text, layout: layout, selections: selections
        ))
    }
}

/// A segment's span in its answer.
private struct SpanKey: Hashable, Comparable {
    var start: Int
    var end: Int

    static func < (lhs: SpanKey, rhs: SpanKey) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
