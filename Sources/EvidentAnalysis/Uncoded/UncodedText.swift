public import EvidentModel
import EvidentCoding

/// Uncoded text: per data set, the non-empty answers no code touched and what they talk about,
/// so the researcher sees what the codebook misses (issue 4, item 5).
///
/// Answers are split into sentences and tokens exactly as the coding engine splits them
/// (`Segmenter`, `Tokenizer`: NFKC, case-folded, hyphens split). A *word* is a token that is not
/// an English stop word (`StopWords.english`), not only digits, and longer than one character. A
/// *phrase* is two different adjacent tokens of one sentence that are both words — except that
/// the first may be a negator (`no support`, `not listened`), which says what families lacked. Each term
/// is counted once per answer that holds it, so one long answer cannot dominate.
public enum UncodedText {
    /// Terms listed per data set unless told otherwise.
    public static let defaultTop = 20

    /// One summary per data set, in the order given.
    ///
    /// - Parameters:
    ///   - segments: the coded segments of these data sets; an answer counts as coded when any
    ///     segment names its data set, respondent and question.
    ///   - top: how many words and how many phrases to list.
    ///   - minimumAnswers: a term held by fewer uncoded answers is not listed; pass the study's
    ///     `suppressBelow` so that a word only one or two people used (a name, a place) is not
    ///     published.
    /// - Complexity: O(total length of the uncoded answers + distinct terms × log distinct terms).
    public static func summary(
        datasets: [Dataset], segments: [CodedSegment], top: Int = defaultTop, minimumAnswers: Int = 1
    ) -> [UncodedSummary] {
        var coded: [String: Set<AnswerKey>] = [:]
        for segment in segments {
            coded[segment.dataset, default: []].insert(AnswerKey(respondent: segment.respondent, question: segment.question))
        }
        let segmenter = Segmenter(unit: .sentence)
        let tokenizer = Tokenizer()
        return datasets.map { dataset in
            let codedHere = coded[dataset.id] ?? []
            var tally = TermTally()
            var answers = 0
            var uncoded = 0
            for respondent in dataset.respondents {
                for (question, answer) in zip(dataset.questions, respondent.answers) where !answer.trimmedWhitespace.isEmpty {
                    answers += 1
                    guard !codedHere.contains(AnswerKey(respondent: respondent.id, question: question.id)) else { continue }
                    uncoded += 1
                    let sentences = segmenter.segments(in: answer).map { tokenizer.tokens(in: $0, of: answer).map(\.text) }
                    tally.add(answerSentences: sentences)
                }
            }
            return UncodedSummary(
                dataset: dataset.id, answers: answers, uncoded: uncoded,
                words: tally.top(of: tally.words, top, minimumAnswers: minimumAnswers),
                phrases: tally.top(of: tally.phrases, top, minimumAnswers: minimumAnswers))
        }
    }
}
