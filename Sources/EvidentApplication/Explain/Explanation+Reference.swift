import EvidentAnalysis
public import EvidentModel

/// `evident explain 7M2P4XA3.2`: the answer a published quote came from, found by its reference.
extension Explanation {
    /// Every answer whose reference names it (one, unless two answers share the 40-bit name),
    /// each explained like `explain(_:dataset:respondent:highlight:)` after a line saying which
    /// answer and segment the reference points to.
    public static func explain(
        _ location: StudyLocation, reference text: String, highlight: Highlight
    ) throws(InputErrors) -> String {
        let study = try StudyRun.load(location)
        guard let reference = QuoteReference(parsing: text) else {
            throw InputErrors([InputError(
                "'\(text)' is not a quote reference", at: SourceLocation(file: study.spec.manifestPath),
                help: "give a data set id and a respondent id, or a quote's reference (eight letters or digits, a dot and a segment number: 7M2P4XA3.2)"
            )])
        }
        var found: [String] = []
        for dataset in study.datasets {
            for respondent in dataset.respondents {
                for question in dataset.questions
                where QuoteReference.name(dataset: dataset.id, respondent: respondent.id, question: question.id) == reference.answer {
                    let answer = try explain(study, dataset: dataset.id, respondent: respondent.id, highlight: highlight)
                    // The question comes from the data: shown ready for a terminal, as the rest.
                    let heading = ControlCharacters.terminal("quote \(reference) · segment \(reference.segment) of the answer to '\(question.text)'")
                    found.append(heading + "\n" + answer)
                }
            }
        }
        guard !found.isEmpty else {
            throw InputErrors([InputError(
                "no answer in the study has the quote reference '\(reference)'", at: SourceLocation(file: study.spec.manifestPath),
                help: "references are printed under each quote in the appendix and listed in results.json; they change when the data set, respondent or question ids change"
            )])
        }
        return found.joined(separator: "\n\n")
    }
}
