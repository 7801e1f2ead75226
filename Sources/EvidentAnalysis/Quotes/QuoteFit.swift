public import EvidentModel

/// Which code a coded sentence may be quoted under, and how well it illustrates it.
///
/// The rules (stated in the appendix's method notes):
/// 1. A segment is a quote candidate for a code only when the segment itself was coded with that
///    code, or a code under it, by at least one pattern matched inside the segment's own span —
///    never because a neighbouring sentence of the same answer matched.
/// 2. A segment coded with several codes is quoted under one of them only: the code whose
///    patterns fit it best (`Fit`: the most specific pattern matched, then more distinct
///    patterns, then codebook order), and under that code's ancestors. "I was diagnosed with
///    postnatal depression" matches SEND's `diagnos*` and parental mental health's `postnatal`
///    and `depress*`: `postnatal`, an exact word, is more specific than a prefix, so the sentence
///    is a parental mental health quote and never a SEND one. One quote therefore never appears
///    under two codes of the same theme, nor under two themes.
/// 3. Among a code's candidates, those whose most specific patterns matched come first (`Fit`
///    orders candidates after their length band).
public struct QuoteFit: Sendable {
    /// How well a segment fits a code: compared by `specificity`, then `patterns`.
    public struct Fit: Sendable, Hashable, Comparable {
        /// The specificity of the most specific pattern matched (`QuoteFit.specificity(of:)`).
        public var specificity: Int
        /// Distinct patterns matched.
        public var patterns: Int

        public init(specificity: Int, patterns: Int) {
            self.specificity = specificity
            self.patterns = patterns
        }

        public static func < (left: Fit, right: Fit) -> Bool {
            (left.specificity, left.patterns) < (right.specificity, right.patterns)
        }
    }

    private let order: [String: Int]

    public init(codebook: Codebook) {
        order = Dictionary(codebook.allCodes.enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How specific a pattern as written is: each word it must match scores 2 when exact and 1
    /// when it is a prefix (`depress*`); `NEAR/n` adds nothing. A hyphen splits a word in two, as
    /// the tokenizer does. So `postnatal` scores 2, `diagnos*` 1, `mental health` 4 and
    /// `wait* NEAR/4 diagnos*` 2.
    public static func specificity(of pattern: String) -> Int {
        var score = 0
        for word in pattern.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "-" || $0 == "\u{201C}" || $0 == "\u{201D}" }) {
            if word.hasPrefix("NEAR/") { continue }
            score += word.hasSuffix("*") ? 1 : 2
        }
        return score
    }

    /// The fit of one coded segment for its code: `nil` when no pattern matched inside the
    /// segment's own span (rule 1).
    public static func fit(_ segment: CodedSegment) -> Fit? {
        var seen: Set<String> = []
        var best = 0
        for match in segment.matches where match.start >= segment.start && match.end <= segment.end && match.start < match.end {
            if seen.insert(match.pattern).inserted { best = max(best, specificity(of: match.pattern)) }
        }
        return seen.isEmpty ? nil : Fit(specificity: best, patterns: seen.count)
    }

    /// Of one segment's coded records (same data set, respondent, question and segment index,
    /// one per code applied directly), the index of the one its quote belongs to, or `nil` when
    /// none was coded by a pattern inside the segment. Ties go to the code first in the codebook.
    public func best(of segments: [CodedSegment]) -> Int? {
        var chosen: (index: Int, fit: Fit, order: Int)?
        for (index, segment) in segments.enumerated() {
            guard let fit = Self.fit(segment) else { continue }
            let position = order[segment.codeID] ?? Int.max
            if let current = chosen, current.fit > fit || (current.fit == fit && current.order <= position) { continue }
            chosen = (index, fit, position)
        }
        return chosen?.index
    }
}
