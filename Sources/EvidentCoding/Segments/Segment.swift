/// One segment of a free-text answer (codebook spec §3.5): a sentence, or the whole answer.
public struct Segment: Sendable, Hashable {
    /// 0-based index among the answer's non-empty segments.
    public var index: Int
    /// Unicode scalar offset of the segment's first scalar in the answer as decoded.
    public var start: Int
    /// Unicode scalar offset just past the segment's last scalar.
    public var end: Int
    /// The segment's text as written (trimmed, not normalised).
    public var text: Substring
    /// The segment's UTF-8 byte range in the answer.
    package var byteRange: Range<Int>

    package init(index: Int, start: Int, end: Int, text: Substring, byteRange: Range<Int>) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.byteRange = byteRange
    }
}
