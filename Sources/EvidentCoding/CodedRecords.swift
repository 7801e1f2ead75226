/// Coded segments as flat records, for callers that handle millions of them (`evident code`
/// writing `coded_segments.csv`): what `CodedSegment`s hold, without a string or an array per
/// segment. A segment's code and its matches' patterns are indexes into the engine's `codeIDs`
/// and `patternTexts`; which answer the records belong to is the caller's to remember.
///
/// `CodingEngine.code(_:dataset:kind:into:using:)` appends to it; `removeAll()` empties it and
/// keeps its storage, so a worker reuses one for every answer.
public struct CodedRecords: Sendable {
    /// One segment and one code applied directly to it.
    public struct Segment: Sendable, BitwiseCopyable {
        /// 0-based index of the segment among the answer's non-empty segments.
        public var segmentIndex: Int
        /// Unicode scalar offsets of the segment in the answer.
        public var start: Int
        public var end: Int
        /// Index into `CodingEngine.codeIDs`.
        public var code: Int
        /// The segment's matches are `matches[matchStart..<matchEnd]`, in order of position.
        public var matchStart: Int
        public var matchEnd: Int
    }

    /// One pattern match, as `PatternMatch` describes it.
    public struct Match: Sendable, BitwiseCopyable {
        /// Index into `CodingEngine.patternTexts`.
        public var pattern: Int
        public var firstToken: Int
        public var lastToken: Int
        public var start: Int
        public var end: Int
    }

    public private(set) var segments: [Segment] = []
    public private(set) var matches: [Match] = []

    public init() {}

    /// Forgets every record, keeping the storage.
    public mutating func removeAll() {
        segments.removeAll(keepingCapacity: true)
        matches.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func append(_ match: Match) {
        matches.append(match)
    }

    /// Appends a segment whose matches are those appended since `matchStart`.
    @inline(__always)
    mutating func appendSegment(index: Int, start: Int, end: Int, code: Int, matchStart: Int) {
        segments.append(Segment(
            segmentIndex: index, start: start, end: end, code: code, matchStart: matchStart, matchEnd: matches.count))
    }
}
