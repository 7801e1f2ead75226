public import EvidentModel

/// Codes free-text answers against a codebook (codebook spec §3): the whole codebook is compiled
/// once into a lexicon of terms (flat hash tables) and a trie of phrases, and an answer is read
/// once, sentences and tokens together, so coding it takes time linear in its length and grows
/// little with the number of patterns. No regular expressions, no backtracking.
public struct CodingEngine: Sendable {
    private let compiled: CompiledCodebook
    private let unit: SegmentUnit
    private let pool = ScratchPool()

    /// Compiles the codebook; throws `InputErrors` (from EvidentModel) listing every unparseable
    /// pattern and exclusion, in codebook order.
    ///
    /// O(total length of the patterns).
    public init(codebook: Codebook) throws {
        compiled = try CompiledCodebook(codebook)
        unit = codebook.options.segment
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
    /// large codebooks because a token that matches no term clears all live state. Borrows working
    /// storage from a small pool; a loop over many answers on one thread is faster still with its
    /// own `CodingScratch` (`code(_:dataset:kind:respondent:question:into:using:)`).
    public func code(
        _ answer: String, dataset: String, kind: DatasetKind, respondent: String, question: String
    ) -> [CodedSegment] {
        guard compiled.hasPatterns else { return [] }
        var scratch = pool.take()
        var coded: [CodedSegment] = []
        code(answer, dataset: dataset, kind: kind, respondent: respondent, question: question, into: &coded,
             using: &scratch)
        pool.give(scratch)
        return coded
    }

    /// Codes one free-text answer as `code(_:dataset:kind:respondent:question:)` does, with
    /// working storage kept by the caller: the same results.
    public func code(
        _ answer: String, dataset: String, kind: DatasetKind, respondent: String, question: String,
        using scratch: inout CodingScratch
    ) -> [CodedSegment] {
        var coded: [CodedSegment] = []
        code(answer, dataset: dataset, kind: kind, respondent: respondent, question: question, into: &coded,
             using: &scratch)
        return coded
    }

    /// Codes one free-text answer as `code(_:dataset:kind:respondent:question:)` does, appending
    /// its coded segments to `coded`, with working storage kept by the caller (one
    /// `CodingScratch` per thread, reused for every answer it codes). Once the scratch is warm,
    /// nothing is allocated but the coded segments themselves.
    ///
    /// O(length of the answer × live phrase prefixes per token).
    public func code(
        _ answer: String, dataset: String, kind: DatasetKind, respondent: String, question: String,
        into coded: inout [CodedSegment], using scratch: inout CodingScratch
    ) {
        guard compiled.hasPatterns else { return }
        let storage = scratch.unique
        storage.records.removeAll()
        code(answer, dataset: dataset, kind: kind, into: &storage.records, storage: storage)
        segments(of: storage.records, dataset: dataset, respondent: respondent, question: question, into: &coded)
    }

    /// The `CodedSegment`s that flat records of one answer (`dataset`, `respondent`, `question`)
    /// stand for, appended to `coded`: what `code(_:dataset:kind:respondent:question:)` returns
    /// for that answer. O(records).
    public func segments(
        of records: CodedRecords, dataset: String, respondent: String, question: String, into coded: inout [CodedSegment]
    ) {
        for segment in records.segments {
            let matches = records.matches[segment.matchStart..<segment.matchEnd].map { match in
                PatternMatch(
                    pattern: compiled.patternTexts[match.pattern], firstToken: match.firstToken,
                    lastToken: match.lastToken, start: match.start, end: match.end)
            }
            coded.append(CodedSegment(
                dataset: dataset, respondent: respondent, question: question, segmentIndex: segment.segmentIndex,
                start: segment.start, end: segment.end, codeID: compiled.codeIDs[segment.code], matches: matches))
        }
    }

    /// Codes one free-text answer of data set `dataset` (of kind `kind`) as
    /// `code(_:dataset:kind:respondent:question:)` does, appending flat records of its coded
    /// segments to `records` instead of `CodedSegment`s: the same segments, codes and matches, in
    /// the same order, without allocating per segment once `records` and `scratch` are warm.
    ///
    /// O(length of the answer × live phrase prefixes per token).
    public func code(
        _ answer: String, dataset: String, kind: DatasetKind, into records: inout CodedRecords,
        using scratch: inout CodingScratch
    ) {
        guard compiled.hasPatterns else { return }
        code(answer, dataset: dataset, kind: kind, into: &records, storage: scratch.unique)
    }

    /// Every code's id, in `Codebook.allCodes` order: `CodedRecords.Segment.code` indexes it.
    public var codeIDs: [String] { compiled.codeIDs }

    /// Every pattern as written, code by code in `Codebook.allCodes` order and each code's own
    /// in order: `CodedRecords.Match.pattern` indexes it.
    public var patternTexts: [String] { compiled.patternTexts }

    private func code(
        _ answer: String, dataset: String, kind: DatasetKind, into records: inout CodedRecords, storage: ScratchStorage
    ) {
        prepare(storage)
        var text = answer
        let count = text.withUTF8 { utf8 in
            let count = utf8.count
            if storage.bytes.count < count + Self.padding {
                storage.bytes = [UInt8](repeating: 0, count: max(count + Self.padding, storage.bytes.count * 2, 256))
            }
            storage.bytes.withUnsafeMutableBufferPointer { bytes in
                guard let target = bytes.baseAddress else { return }
                if let source = utf8.baseAddress { target.update(from: source, count: count) }
                (target + count).update(repeating: 0, count: Self.padding)
            }
            return count
        }
        let context = AnswerContext(dataset: dataset, kind: kind)
        storage.bytes.withUnsafeBufferPointer { bytes in
            compiled.scan(UnsafeBufferPointer(rebasing: bytes[0..<count]), unit: unit, context: context,
                          scratch: &storage.match, into: &records)
        }
    }

    /// Zero bytes kept after the answer's UTF-8 in the scratch, so that 8-byte reads never leave it.
    private static let padding = 16

    /// Sizes the scratch's per-code storage for this engine when it was last used with another.
    private func prepare(_ storage: ScratchStorage) {
        guard storage.engine !== compiled.identity else { return }
        storage.engine = compiled.identity
        storage.match.excludedStamp = Array(repeating: 0, count: compiled.codes.count)
        storage.match.stamp = 1
        storage.match.applies = Array(repeating: 0, count: compiled.codes.count)
        storage.match.appliesKind = nil
    }

    /// Whether a code (by id) applies to a data set, following applies_to inheritance: a code
    /// without `applies_to` inherits its parent's, and a top-level code without it applies to every
    /// data set. An unknown code applies nowhere. O(1).
    public func applies(codeID: String, dataset: String, kind: DatasetKind) -> Bool {
        guard let index = compiled.codeIndex[codeID] else { return false }
        return compiled.applies(code: index, dataset: dataset, kind: kind)
    }
}
