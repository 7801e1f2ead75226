import EvidentImport
import EvidentModel

/// What a project export holds, laid out before it is written: sources with their coded
/// selections, and cases with the sources and selections that are theirs (see `QDPXWriter`).
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
        /// The source's plain text, written to `sources/<guid>.txt`.
        var text: String
        /// What the source is, for its `Description`.
        var about: String
        var selections: [Selection]
    }

    struct Case {
        var guid: StableGUID
        var name: String
        var dataset: Dataset
        /// Aligned with `dataset.attributes`.
        var attributes: [String]
        /// Sources wholly theirs (an interview's transcript).
        var sources: [StableGUID] = []
        /// Coded selections in their answers or turns.
        var selections: [StableGUID] = []
    }

    private(set) var sources: [Source] = []
    private(set) var cases: [Case] = []
    private var caseIndex: [StableGUID: Int] = [:]
    private var caseNames: Set<String> = []

    /// Coded selections in all sources.
    var selectionCount: Int { sources.reduce(0) { $0 + $1.selections.count } }

    /// Codings in all sources: one per code on each selection.
    var codingCount: Int { sources.reduce(0) { $0 + $1.selections.reduce(0) { $0 + $1.codes.count } } }

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
            if let respondent = respondents[answer.respondent] {
                addCase(caseGUID, names: ["\(dataset.id) \(respondent.id)"], dataset: dataset, attributes: respondent.attributes)
            }
            let coded = segments[AnswerKey(dataset: dataset.id, respondent: answer.respondent, question: question.id)] ?? []
            for (span, onSpan) in Self.bySpan(coded) {
                let selection = guid.child("answer:" + answer.respondent).child("segment:\(span.start)-\(span.end)")
                selections.append(Selection(
                    guid: selection, name: "[\(answer.respondent)] sentence \((onSpan.first?.segmentIndex ?? 0) + 1)",
                    start: answer.start + span.start, end: answer.start + span.end, codes: onSpan.map(\.codeID), why: Self.why(onSpan)
                ))
                addSelection(selection, toCase: caseGUID)
            }
        }
        sources.append(Source(
            guid: guid, name: SurveySourceLayout.sourceName(dataset: dataset.id, number: position + 1, question: question.text),
            text: layout.text, about: "Answers to “\(question.text)” in data set \(dataset.id), one per respondent after [respondent id].",
            selections: selections
        ))
    }

    /// Adds a case once, under the first of `names` no other case has.
    mutating func addCase(_ guid: StableGUID, names: [String], dataset: Dataset, attributes: [String]) {
        guard caseIndex[guid] == nil else { return }
        let name = names.first { !caseNames.contains($0) } ?? names.last ?? guid.description
        caseNames.insert(name)
        caseIndex[guid] = cases.count
        cases.append(Case(guid: guid, name: name, dataset: dataset, attributes: attributes))
    }

    mutating func addSelection(_ selection: StableGUID, toCase guid: StableGUID) {
        guard let index = caseIndex[guid] else { return }
        cases[index].selections.append(selection)
    }

    mutating func addSource(_ source: StableGUID, toCase guid: StableGUID) {
        guard let index = caseIndex[guid] else { return }
        cases[index].sources.append(source)
    }

    mutating func append(_ source: Source) {
        sources.append(source)
    }

    /// An answer's segments grouped by their span, spans in order.
    static func bySpan(_ segments: [CodedSegment]) -> [(span: SpanKey, segments: [CodedSegment])] {
        let spans = Dictionary(grouping: segments) { SpanKey(start: $0.start, end: $0.end) }
        return spans.keys.sorted().map { ($0, spans[$0] ?? []) }
    }

    /// A selection's note: which patterns matched, per code.
    static func why(_ segments: [CodedSegment]) -> String {
        "Coded by Evident. " + segments.map { segment in
            "\(segment.codeID): " + segment.matches.map { "\($0.pattern) (tokens \($0.firstToken)–\($0.lastToken))" }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}

/// A segment's span in its answer.
struct SpanKey: Hashable, Comparable {
    var start: Int
    var end: Int

    static func < (lhs: SpanKey, rhs: SpanKey) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
