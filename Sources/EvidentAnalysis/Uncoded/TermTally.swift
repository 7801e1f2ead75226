/// Counts of words and phrases by the answers holding them; two tallies merge by adding.
struct TermTally: Sendable {
    var words: [String: Int] = [:]
    var phrases: [String: Int] = [:]

    /// Adds one answer, given as its sentences' tokens (normalised text).
    mutating func add(answerSentences sentences: [[String]]) {
        var seenWords: Set<String> = []
        var seenPhrases: Set<String> = []
        for tokens in sentences {
            let isWord = tokens.map(StopWords.isContentWord)
            for (token, word) in zip(tokens, isWord) where word {
                seenWords.insert(token)
            }
            for index in tokens.indices.dropLast() where isWord[index + 1] && tokens[index] != tokens[index + 1] {
                if isWord[index] || StopWords.negators.contains(tokens[index]) {
                    seenPhrases.insert(tokens[index] + " " + tokens[index + 1])
                }
            }
        }
        for word in seenWords { words[word, default: 0] += 1 }
        for phrase in seenPhrases { phrases[phrase, default: 0] += 1 }
    }

    /// The `count` terms held by most answers (at least `minimumAnswers`), ties alphabetical.
    func top(of counts: [String: Int], _ count: Int, minimumAnswers: Int) -> [UncodedTerm] {
        counts.filter { $0.value >= max(1, minimumAnswers) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(max(0, count))
            .map { UncodedTerm($0.key, answers: $0.value) }
    }

    /// Adds another tally's counts.
    mutating func merge(_ other: TermTally) {
        words.merge(other.words, uniquingKeysWith: +)
        phrases.merge(other.phrases, uniquingKeysWith: +)
    }

    /// The summary of a data set whose uncoded answers this tally counted.
    func summary(dataset: String, answers: Int, uncoded: Int, top: Int, minimumAnswers: Int) -> UncodedSummary {
        UncodedSummary(
            dataset: dataset, answers: answers, uncoded: uncoded, words: self.top(of: words, top, minimumAnswers: minimumAnswers),
            phrases: self.top(of: phrases, top, minimumAnswers: minimumAnswers))
    }
}
