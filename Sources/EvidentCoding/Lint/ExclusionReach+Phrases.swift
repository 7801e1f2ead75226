import EvidentModel

/// The phrase-level relations behind `ExclusionReach`'s warnings.
extension ExclusionReach {
    /// Whether some term of `exclusion` other than a function word (`the`, `of`…) is compatible
    /// with some term of `pattern`: sharing only `the` does not make `in the past` a refinement of
    /// `climbing the walls`.
    func shares(_ exclusion: Pattern, _ pattern: Pattern) -> Bool {
        let patternTerms = pattern.phrases.flatMap(\.terms)
        return exclusion.phrases.flatMap(\.terms).contains { term in
            if case .word(let word) = term, Self.functionWords.contains(word) { return false }
            return patternTerms.contains { compatible(term, $0) }
        }
    }

    /// Words too common to show that an exclusion was written to refine a pattern.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "and", "or", "but", "is",
        "are", "was", "were", "be", "been", "it", "this", "that", "i", "you", "he", "she", "we", "they", "my", "your",
        "his", "her", "our", "their", "me", "him", "us", "them",
    ]

    /// Whether some operand of `exclusion` can stand on the same tokens as part of some operand of
    /// `pattern`: overlapping by at least one token, compatible wherever both have a term.
    func overlaps(_ exclusion: Pattern, _ pattern: Pattern) -> Bool {
        exclusion.phrases.contains { excluded in
            pattern.phrases.contains { overlaps(excluded.terms, $0.terms) }
        }
    }

    /// Every placement of `a` against `b` that shares at least one token, with `a[0]` at `b[shift]`.
    func overlaps(_ a: [PatternTerm], _ b: [PatternTerm]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        for shift in (1 - a.count)..<b.count {
            let shared = max(0, -shift)..<min(a.count, b.count - shift)
            if shared.allSatisfy({ compatible(a[$0], b[$0 + shift]) }) { return true }
        }
        return false
    }

    /// Whether every match of `pattern` also matches `exclusion`, so the pattern never codes.
    ///
    /// A phrase exclusion swallows a pattern when it covers a run of one of the pattern's operands
    /// (each match of a NEAR pattern holds a match of each operand). A NEAR exclusion swallows a
    /// phrase when its operands cover two runs of it that do not overlap and stand at most its
    /// distance apart, and a NEAR pattern when its operands cover the pattern's (in either
    /// order) and its distance is at least the pattern's.
    func swallows(_ exclusion: Pattern, _ pattern: Pattern) -> Bool {
        switch (exclusion, pattern) {
        case (.phrase(let excluded), _):
            return pattern.phrases.contains { !starts(of: excluded.terms, in: $0.terms).isEmpty }
        case (.near(let first, let second, let distance), .phrase(let phrase)):
            let firstStarts = starts(of: first.terms, in: phrase.terms)
            let secondStarts = starts(of: second.terms, in: phrase.terms)
            return firstStarts.contains { a in
                secondStarts.contains { b in
                    let (early, earlyCount, late) = a < b ? (a, first.terms.count, b) : (b, second.terms.count, a)
                    return a != b && late >= early + earlyCount && late - (early + earlyCount) <= distance
                }
            }
        case (.near(let first, let second, let distance), .near(let left, let right, let patternDistance)):
            guard distance >= patternDistance else { return false }
            let straight = covers(first.terms, left.terms) && covers(second.terms, right.terms)
            let crossed = covers(first.terms, right.terms) && covers(second.terms, left.terms)
            return straight || crossed
        }
    }

    /// Whether `general` covers all of `specific`, term by term.
    private func covers(_ general: [PatternTerm], _ specific: [PatternTerm]) -> Bool {
        general.count == specific.count && zip(general, specific).allSatisfy { covers($0, $1) }
    }

    /// Where in `terms` a run starts that `general` covers term by term.
    private func starts(of general: [PatternTerm], in terms: [PatternTerm]) -> [Int] {
        guard !general.isEmpty, general.count <= terms.count else { return [] }
        return (0...(terms.count - general.count)).filter { start in
            general.indices.allSatisfy { covers(general[$0], terms[start + $0]) }
        }
    }
}
