/// A parsed codebook pattern (codebook spec §3.3): a phrase, or two phrases near each other.
public enum Pattern: Sendable, Hashable {
    /// Terms on consecutive tokens; a single term is a phrase of one.
    case phrase(PatternPhrase)
    /// Both operands in the segment, in either order, not overlapping, with at most `distance`
    /// tokens strictly between them.
    case near(PatternPhrase, PatternPhrase, distance: Int)

    /// Every phrase the pattern is made of (one, or the two NEAR operands).
    public var phrases: [PatternPhrase] {
        switch self {
        case .phrase(let phrase): [phrase]
        case .near(let first, let second, _): [first, second]
        }
    }
}

/// A sequence of terms that must match consecutive tokens.
public struct PatternPhrase: Sendable, Hashable {
    /// At least one term.
    public var terms: [PatternTerm]

    /// A phrase of `terms`, in order.
    public init(_ terms: [PatternTerm]) {
        self.terms = terms
    }
}

/// One term of a pattern, matching one token (codebook spec §3.2). Text is normalised.
public enum PatternTerm: Sendable, Hashable {
    /// The token exactly, or with stemming on, any token with the same Porter2 stem.
    case word(String)
    /// Any token starting with the stem (`depress*`), the bare stem included.
    case prefix(String)
}

extension PatternTerm: CustomStringConvertible {
    /// The term as it would be written: `word` or `stem*`.
    public var description: String {
        switch self {
        case .word(let word): word
        case .prefix(let stem): stem + "*"
        }
    }
}
