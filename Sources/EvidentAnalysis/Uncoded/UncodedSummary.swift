/// What the codebook misses in one data set: how many non-empty answers no code touched, and the
/// words and two-word phrases most frequent in them (see `UncodedText`).
public struct UncodedSummary: Sendable, Hashable {
    /// The data set's id.
    public var dataset: String
    /// Non-empty free-text answers (after trimming white space), all questions together.
    public var answers: Int
    /// Non-empty answers with no coded segment at all.
    public var uncoded: Int
    /// The most frequent words of the uncoded answers, stop words and numbers left out; most
    /// answers first, ties alphabetical.
    public var words: [UncodedTerm]
    /// The most frequent two-word phrases (adjacent tokens of one sentence) of the uncoded answers,
    /// ordered like `words`.
    public var phrases: [UncodedTerm]

    /// A summary of `uncoded` of `answers` in `dataset`, with its terms.
    public init(dataset: String, answers: Int, uncoded: Int, words: [UncodedTerm], phrases: [UncodedTerm]) {
        self.dataset = dataset
        self.answers = answers
        self.uncoded = uncoded
        self.words = words
        self.phrases = phrases
    }

    /// uncoded / answers × 100; `nil` when the data set has no non-empty answer.
    public var pctUncoded: Double? {
        answers > 0 ? Double(uncoded) / Double(answers) * 100 : nil
    }
}

/// A word or phrase of uncoded answers with the number of those answers that contain it.
public struct UncodedTerm: Sendable, Hashable {
    /// Normalised tokens (NFKC, case-folded, as the coding engine sees them), space-separated.
    public var text: String
    /// Uncoded answers containing the term at least once (not occurrences).
    public var answers: Int

    /// `text` found in `answers` uncoded answers.
    public init(_ text: String, answers: Int) {
        self.text = text
        self.answers = answers
    }
}
