import EvidentModel

/// Whether a code's exclusions can ever act on its patterns: the lint rule behind "an exclusion
/// that can never match any pattern of its code" (codebook spec §5).
///
/// An exclusion only acts in a segment that one of the code's own patterns codes, and any two
/// phrases can share a sentence, so the rule asks where the exclusion stands relative to a
/// pattern's match. Terms are *compatible* when one token can match both: equal words (equal
/// Porter2 stems with stemming on), a wildcard and a word it starts, two wildcards one of whose
/// stems extends the other (with stemming on, a wildcard and a word are also compatible when the
/// wildcard's stem and the word's stem start one another). Three warnings follow:
///
/// 1. **No patterns**: a code with exclusions but no patterns of its own — its exclusions never
///    act (they do not reach sub-codes).
/// 2. **Never overlaps**: an exclusion that shares a compatible term (other than a function word
///    such as `the`) with at least one of the code's patterns, so it was written to refine them (`mental health team` refines `mental
///    health`), but for which no placement overlapping a pattern's match by at least one token
///    is consistent — at every token both cover, their terms are compatible — for any of the
///    code's patterns. (`domestic violence` under `domestic abuse`: the shared `domestic` can
///    never be the same token when the next ones differ.) NEAR is taken operand by operand. An
///    exclusion sharing no term with any pattern is contextual (`train*` under `anxi*`, to drop
///    talk of training) and is not reported.
/// 3. **Swallows a pattern**: an exclusion that matches wherever a pattern matches (`mental
///    health` against the pattern `mental health team`), so that pattern never codes anything.
struct ExclusionReach {
    let stemming: Bool
    private let stemmer = Porter2Stemmer()

    init(stemming: Bool) {
        self.stemming = stemming
    }

    /// The warnings for one code, each at its exclusion. Unparseable patterns and exclusions
    /// (`nil`) are left out; they are reported as errors elsewhere.
    func findings(
        code: String, patterns: [(PatternSource, Pattern?)], exclusions: [(PatternSource, Pattern?)]
    ) -> [LintFinding] {
        let parsed = patterns.compactMap { source, pattern in pattern.map { (source, $0) } }
        var findings: [LintFinding] = []
        for case let (source, exclusion?) in exclusions {
            let name = "exclusion '\(source.text)' of \(code)"
            if patterns.isEmpty {
                findings.append(LintFinding(
                    .warning, "\(name) never applies: the code has no patterns of its own (exclusions do not apply to sub-codes)",
                    at: source.declaredAt))
                continue
            }
            for (patternSource, pattern) in parsed where swallows(exclusion, pattern) {
                findings.append(LintFinding(
                    .warning, "\(name) matches wherever its pattern '\(patternSource.text)' does, so that pattern never codes",
                    at: source.declaredAt))
            }
            let related = parsed.contains { shares(exclusion, $0.1) }
            if related, !parsed.contains(where: { overlaps(exclusion, $0.1) }) {
                findings.append(LintFinding(
                    .warning, "\(name) shares words with the code's patterns but can never overlap a match of any of them",
                    at: source.declaredAt))
            }
        }
        return findings
    }

    /// Whether one token can match both terms.
    func compatible(_ a: PatternTerm, _ b: PatternTerm) -> Bool {
        switch (a, b) {
        case (.word(let x), .word(let y)):
            return x == y || stemming && stemmer.stem(x) == stemmer.stem(y)
        case (.prefix(let stem), .word(let word)), (.word(let word), .prefix(let stem)):
            guard !word.hasPrefix(stem) else { return true }
            guard stemming else { return false }
            let root = stemmer.stem(word)
            return root.hasPrefix(stem) || stem.hasPrefix(root)
        case (.prefix(let x), .prefix(let y)):
            return x.hasPrefix(y) || y.hasPrefix(x)
        }
    }

    /// Whether every token `specific` matches is also matched by `general`.
    func covers(_ general: PatternTerm, _ specific: PatternTerm) -> Bool {
        switch (general, specific) {
        case (.word(let x), .word(let y)):
            return x == y || stemming && stemmer.stem(x) == stemmer.stem(y)
        case (.prefix(let stem), .word(let word)):
            // With stemming on, the word also matches tokens that need not start with the stem.
            return !stemming && word.hasPrefix(stem)
        case (.prefix(let x), .prefix(let y)):
            return y.hasPrefix(x)
        case (.word, .prefix):
            return false
        }
    }
}
