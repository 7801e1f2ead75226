/// A segment of a free-text answer that a code was applied to, with every pattern that matched:
/// the record of *why* it was coded (codebook spec §3.5).
public struct CodedSegment: Sendable, Hashable {
    public var dataset: String
    public var respondent: String
    /// The question's id (its column).
    public var question: String
    /// 0-based index of the segment among the answer's non-empty segments.
    public var segmentIndex: Int
    /// Unicode scalar offset of the segment's first scalar in the answer as decoded.
    public var start: Int
    /// Unicode scalar offset just past the segment's last scalar.
    public var end: Int
    /// The code applied directly (roll-up to ancestors happens in analysis).
    public var codeID: String
    /// Every pattern of the code that matched in the segment, in order of position.
    public var matches: [PatternMatch]

    public init(
        dataset: String, respondent: String, question: String, segmentIndex: Int, start: Int, end: Int,
        codeID: String, matches: [PatternMatch]
    ) {
        self.dataset = dataset
        self.respondent = respondent
        self.question = question
        self.segmentIndex = segmentIndex
        self.start = start
        self.end = end
        self.codeID = codeID
        self.matches = matches
    }
}

/// One pattern match inside a segment.
public struct PatternMatch: Sendable, Hashable {
    /// The pattern as written in the codebook.
    public var pattern: String
    /// 0-based index, within the segment, of the first token matched.
    public var firstToken: Int
    /// 0-based index, within the segment, of the last token matched (inclusive).
    public var lastToken: Int
    /// Unicode scalar offset, in the answer, of the first matched token's first scalar.
    public var start: Int
    /// Unicode scalar offset, in the answer, just past the last matched token.
    public var end: Int

    public init(pattern: String, firstToken: Int, lastToken: Int, start: Int, end: Int) {
        self.pattern = pattern
        self.firstToken = firstToken
        self.lastToken = lastToken
        self.start = start
        self.end = end
    }
}
