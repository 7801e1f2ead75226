import EvidentCoding
import EvidentModel

/// A straightforward coder to check `CodingEngine` against (codebook spec §3): the segments and
/// tokens of the public `Segmenter` and `Tokenizer`, then every pattern tried at every token,
/// NEAR by looking at every pair of operand occurrences, negation by looking back 3 tokens.
/// Quadratic and slow on purpose: nothing here shares code with the engine's matcher.
struct ReferenceMatcher {
    private struct Rule {
        var text: String
        var pattern: Pattern
    }

    private struct CodeRules {
        var id: String
        var negation: Bool
        var appliesTo: [String]?
        var patterns: [Rule]
        var exclusions: [Pattern]
    }

    private let codes: [CodeRules]
    private let stemming: Bool
    private let segmenter: Segmenter

    init(_ codebook: Codebook) throws {
        let parser = PatternParser()
        var inherited: [String: [String]] = [:]
        var codes: [CodeRules] = []
        for placed in codebook.allCodes {
            let code = placed.code
            let own = (code.appliesTo?.isEmpty ?? true) ? nil : code.appliesTo
            let appliesTo = own ?? placed.parentID.flatMap { inherited[$0] }
            if let appliesTo { inherited[code.id] = appliesTo }
            var rules: [Rule] = []
            for source in code.patterns where !rules.contains(where: { $0.text == source.text }) {
                rules.append(Rule(text: source.text, pattern: try parser.parse(source.text)))
            }
            codes.append(CodeRules(
                id: code.id, negation: code.negation ?? codebook.options.negation, appliesTo: appliesTo,
                patterns: rules, exclusions: try code.exclude.map { try parser.parse($0.text) }))
        }
        self.codes = codes
        stemming = codebook.options.stemming
        segmenter = Segmenter(unit: codebook.options.segment)
    }

    func code(
        _ answer: String, dataset: String, kind: DatasetKind, respondent: String, question: String
    ) -> [CodedSegment] {
        var coded: [CodedSegment] = []
        for segment in segmenter.segments(in: answer) {
            let tokens = Tokenizer().tokens(in: segment, of: answer)
            for code in codes {
                if let allowed = code.appliesTo, !allowed.contains(dataset), !allowed.contains(kind.rawValue) { continue }
                if code.exclusions.contains(where: { !spans(of: $0, in: tokens, negation: false).isEmpty }) { continue }
                var found: [(first: Int, last: Int, pattern: Int)] = []
                for (index, rule) in code.patterns.enumerated() {
                    for span in spans(of: rule.pattern, in: tokens, negation: code.negation) {
                        found.append((span.first, span.last, index))
                    }
                }
                guard !found.isEmpty else { continue }
                found.sort { ($0.first, $0.last, $0.pattern) < ($1.first, $1.last, $1.pattern) }
                let matches = found.map {
                    PatternMatch(pattern: code.patterns[$0.pattern].text, firstToken: $0.first, lastToken: $0.last,
                                 start: tokens[$0.first].start, end: tokens[$0.last].end)
                }
                coded.append(CodedSegment(
                    dataset: dataset, respondent: respondent, question: question, segmentIndex: segment.index,
                    start: segment.start, end: segment.end, codeID: code.id, matches: matches))
            }
        }
        return coded
    }

    /// The token spans a pattern matches, each once.
    private func spans(of pattern: Pattern, in tokens: [Token], negation: Bool) -> [(first: Int, last: Int)] {
        switch pattern {
        case .phrase(let phrase):
            return occurrences(of: phrase, in: tokens).filter { !negation || !isNegated(tokens, before: $0.first) }
        case .near(let left, let right, let distance):
            let lefts = occurrences(of: left, in: tokens)
            let rights = occurrences(of: right, in: tokens)
            var pairs = nearest(lefts, rights, distance, tokens, negation) + nearest(rights, lefts, distance, tokens, negation)
            pairs.sort { ($0.first, $0.last) < ($1.first, $1.last) }
            var unique: [(first: Int, last: Int)] = []
            for pair in pairs where unique.last.map({ $0 != pair }) ?? true { unique.append(pair) }
            return unique
        }
    }

    /// NEAR pairs led by an occurrence of `leaders`: each free (not negated) leader with the first
    /// follower after it, and each follower with the last free leader before it, when close enough.
    private func nearest(
        _ leaders: [(first: Int, last: Int)], _ followers: [(first: Int, last: Int)], _ distance: Int,
        _ tokens: [Token], _ negation: Bool
    ) -> [(first: Int, last: Int)] {
        let free = leaders.filter { !negation || !isNegated(tokens, before: $0.first) }
        let isClose = { (leader: (first: Int, last: Int), follower: (first: Int, last: Int)) in
            follower.first - leader.last - 1 <= distance
        }
        var pairs: [(first: Int, last: Int)] = []
        for leader in free {
            let after = followers.filter { $0.first > leader.last }.min { $0.first < $1.first }
            if let after, isClose(leader, after) { pairs.append((leader.first, after.last)) }
        }
        for follower in followers {
            let before = free.filter { $0.last < follower.first }.max { $0.last < $1.last }
            if let before, isClose(before, follower) { pairs.append((before.first, follower.last)) }
        }
        return pairs
    }

    private func occurrences(of phrase: PatternPhrase, in tokens: [Token]) -> [(first: Int, last: Int)] {
        let length = phrase.terms.count
        guard tokens.count >= length else { return [] }
        return (0...(tokens.count - length)).filter { start in
            phrase.terms.indices.allSatisfy { matches(phrase.terms[$0], tokens[start + $0].text) }
        }.map { ($0, $0 + length - 1) }
    }

    private func matches(_ term: PatternTerm, _ token: String) -> Bool {
        switch term {
        case .prefix(let stem):
            return Array(token.utf8).starts(with: stem.utf8)
        case .word(let word) where stemming:
            let stemmer = Porter2Stemmer()
            return Array(stemmer.stem(token).utf8) == Array(stemmer.stem(word).utf8)
        case .word(let word):
            return Array(token.utf8) == Array(word.utf8)
        }
    }

    private func isNegated(_ tokens: [Token], before first: Int) -> Bool {
        (max(0, first - 3)..<first).contains { tokens[$0].isNegator }
    }
}
