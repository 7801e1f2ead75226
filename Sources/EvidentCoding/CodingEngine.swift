public import EvidentModel

/// Codes free-text answers against a codebook (codebook spec §3): the whole codebook is compiled
/// once into a lexicon of terms and a trie of phrases, so coding an answer takes time linear in
/// its length and grows little with the number of patterns. No regular expressions, no
/// backtracking.
public struct CodingEngine: Sendable {
    private let compiled: CompiledCodebook
    private let segmenter: Segmenter
    private let tokenizer = Tokenizer()

    /// Compiles the codebook; throws `InputErrors` (from EvidentModel) listing every unparseable
    /// pattern and exclusion, in codebook order.
    ///
    /// O(total length of the patterns).
    public init(codebook: Codebook) throws {
        compiled = try CompiledCodebook(codebook)
        segmenter = Segmenter(unit: codebook.options.segment)
    }

    /// Codes one free-text answer. Returns one CodedSegment per (segment, code applied directly),
    /// ordered by segment index, then by the code's position in `codebook.allCodes`.
    /// Each CodedSegment.matches lists every matching pattern of that code with token span
    /// (token indexes within the segment) and scalar offsets in the answer, ordered by position.
    ///
    /// A match is dropped when negated (a negator within the 3 tokens before it, same segment,
    /// negation on for the code); every match of a code's own patterns is dropped from a segment
    /// that matches one of the code's exclusions; codes that do not apply to the data set are
    /// left out. Roll-up to ancestors is left to the caller (see `CodeHierarchy`).
    ///
    /// O(length of the answer × live phrase prefixes per token), which stays near-linear even for
    /// large codebooks because a token that matches no term clears all live state.
    public func code(
        _ answer: String, dataset: String, kind: DatasetKind, respondent: String, question: String
    ) -> [CodedSegment] {
        guard compiled.hasPatterns else { return [] }
        var text = answer
        var scratch = MatchScratch()
        var coded: [CodedSegment] = []
        text.withUTF8 { utf8 in
            for (index, span) in segmenter.spans(in: utf8).enumerated() {
                scratch.startSegment()
                tokenizer.scan(utf8, bytes: span.bytes, firstOffset: span.start, into: &scratch.tokens,
                               cache: &scratch.normalization)
                compiled.matchSegment(&scratch, answer: utf8)
                guard !scratch.matches.isEmpty else { continue }
                let context = SegmentContext(
                    dataset: dataset, kind: kind, respondent: respondent, question: question, index: index, span: span)
                append(scratch, context, to: &coded)
            }
        }
        return coded
    }

    /// Whether a code (by id) applies to a data set, following applies_to inheritance: a code
    /// without `applies_to` inherits its parent's, and a top-level code without it applies to every
    /// data set. An unknown code applies nowhere. O(1).
    public func applies(codeID: String, dataset: String, kind: DatasetKind) -> Bool {
        guard let index = compiled.codeIndex[codeID] else { return false }
        return compiled.applies(code: index, dataset: dataset, kind: kind)
    }

    /// Where a segment came from, for the records made of it.
    private struct SegmentContext {
        var dataset: String
        var kind: DatasetKind
        var respondent: String
        var question: String
        var index: Int
        var span: Segmenter.Span
    }

    /// Turns the surviving matches of one segment into one record per code.
    private func append(_ scratch: MatchScratch, _ context: SegmentContext, to coded: inout [CodedSegment]) {
        let records = scratch.tokens.buffer.records
        var matches = scratch.matches.filter { !scratch.excluded.contains($0.code) }
        matches.sort()
        var start = 0
        while start < matches.count {
            let code = matches[start].code
            var end = start
            while end < matches.count, matches[end].code == code { end += 1 }
            defer { start = end }
            guard compiled.applies(code: Int(code), dataset: context.dataset, kind: context.kind) else { continue }
            let patterns = compiled.codes[Int(code)].patterns
            var found: [PatternMatch] = []
            for (position, match) in matches[start..<end].enumerated() {
                if position > 0, matches[start + position - 1] == match { continue }
                found.append(PatternMatch(
                    pattern: patterns[Int(match.pattern)], firstToken: Int(match.first), lastToken: Int(match.last),
                    start: records[Int(match.first)].start, end: records[Int(match.last)].end))
            }
            coded.append(CodedSegment(
                dataset: context.dataset, respondent: context.respondent, question: context.question,
                segmentIndex: context.index, start: context.span.start, end: context.span.end,
                codeID: compiled.codes[Int(code)].id, matches: found))
        }
    }
}
