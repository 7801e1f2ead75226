package import EvidentAnalysis

/// What the codebook does not code in a data set: `uncoded` in `results.json`, and its terms
/// in `tables/uncoded-terms.csv`.
package struct UncodedRow: Sendable, Encodable {
    package var dataset = ""
    package var answers = 0
    package var uncoded = 0
    package var pctUncoded: Double?
    package var words: [Term] = []
    package var phrases: [Term] = []

    /// A word or two-word phrase, and the uncoded answers it is found in.
    package struct Term: Sendable, Encodable {
        package var text: String
        package var answers: Int
    }

    package init() {}

    package init(_ summary: UncodedSummary) {
        dataset = summary.dataset
        answers = summary.answers
        uncoded = summary.uncoded
        pctUncoded = summary.pctUncoded
        words = summary.words.map { Term(text: $0.text, answers: $0.answers) }
        phrases = summary.phrases.map { Term(text: $0.text, answers: $0.answers) }
    }
}

/// One ranked term: `tables/uncoded-terms.csv`.
package struct UncodedTermRow: Sendable, Encodable {
    package var dataset = ""
    /// `word` or `phrase`.
    package var type = ""
    package var rank = 0
    package var text = ""
    package var answers = 0

    package init() {}

    package static func rows(of summary: UncodedRow) -> [UncodedTermRow] {
        var rows: [UncodedTermRow] = []
        for (type, terms) in [("word", summary.words), ("phrase", summary.phrases)] {
            for (rank, term) in terms.enumerated() {
                rows.append(UncodedTermRow(dataset: summary.dataset, type: type, rank: rank + 1, text: term.text, answers: term.answers))
            }
        }
        return rows
    }

    init(dataset: String, type: String, rank: Int, text: String, answers: Int) {
        self.dataset = dataset
        self.type = type
        self.rank = rank
        self.text = text
        self.answers = answers
    }
}
