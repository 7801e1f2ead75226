import EvidentModel

/// Finds a coded segment's respondent and answer text quickly.
struct RespondentIndex {
    private var respondents: [String: [String: Respondent]] = [:]
    private var questions: [String: [String: Int]] = [:]

    init(_ datasets: [Dataset]) {
        for dataset in datasets {
            respondents[dataset.id] = Dictionary(dataset.respondents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            questions[dataset.id] = Dictionary(dataset.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    func respondent(_ segment: CodedSegment) -> Respondent? {
        respondents[segment.dataset]?[segment.respondent]
    }

    func answer(_ segment: CodedSegment) -> String? {
        guard let respondent = respondent(segment), let index = questions[segment.dataset]?[segment.question],
              respondent.answers.indices.contains(index)
        else { return nil }
        return respondent.answers[index]
    }
}
