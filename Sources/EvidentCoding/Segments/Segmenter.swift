public import EvidentModel

/// Splits a free-text answer into the segments codes are applied to (codebook spec §3.5).
///
/// With `.sentence`: a run of `. ! ?` ends a sentence only when followed by whitespace or the
/// end of the text, closing quotes and brackets right after it staying with the sentence; a
/// single `.` after `Dr Mr Mrs Ms Mx Prof e.g i.e vs` never ends one; every line break ends one
/// (CRLF is one break). With `.response`: the whole answer is one segment. Segments are trimmed of
/// whitespace, empty ones are dropped, and offsets are Unicode scalar offsets into the answer.
public struct Segmenter: Sendable {
    /// Where one segment lies: its UTF-8 bytes and its scalar offsets in the answer.
    package struct Span: Sendable, Hashable {
        package var bytes: Range<Int>
        package var start: Int
        package var end: Int
    }

    /// The unit to split into.
    public var unit: SegmentUnit

    /// A segmenter into sentences (the default) or whole responses.
    public init(unit: SegmentUnit = .sentence) {
        self.unit = unit
    }

    /// The non-empty segments of `answer`, in order, indexed from 0.
    ///
    /// O(n) in the length of `answer`.
    public func segments(in answer: String) -> [Segment] {
        var utf8Answer = answer
        let spans = utf8Answer.withUTF8 { self.spans(in: $0) }
        let view = answer.utf8
        return spans.enumerated().map { index, span in
            let lower = view.index(view.startIndex, offsetBy: span.bytes.lowerBound)
            let upper = view.index(view.startIndex, offsetBy: span.bytes.upperBound)
            return Segment(index: index, start: span.start, end: span.end, text: answer[lower..<upper],
                           byteRange: span.bytes)
        }
    }

    /// The spans of the non-empty segments of the UTF-8 text `utf8`, in order.
    ///
    /// O(n) in the bytes; ASCII that is not `. ! ?` or a line break costs one comparison chain.
    package func spans(in utf8: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        switch unit {
        case .response:
            let count = UTF8Cursor.scalarCount(in: utf8, bytes: 0..<utf8.count)
            appendTrimmed(utf8, bytes: 0..<utf8.count, start: 0, end: count, to: &spans)
        case .sentence:
            splitSentences(utf8, into: &spans)
        }
        return spans
    }

    private func splitSentences(_ utf8: UnsafeBufferPointer<UInt8>, into spans: inout [Span]) {
        var index = 0
        var offset = 0
        repeat {
            let boundary = Self.nextBoundary(in: utf8, from: index, offset: offset)
            appendTrimmed(utf8, bytes: index..<boundary.end, start: offset, end: boundary.endOffset, to: &spans)
            index = boundary.next
            offset = boundary.nextOffset
        } while index < utf8.count
    }

    /// Where a sentence ends: the sentence's untrimmed end (byte and scalar offset) and where the
    /// next one begins (after a line break, or at the end of a terminator run and its closers).
    package struct Boundary: Sendable, Hashable {
        package var end: Int
        package var endOffset: Int
        package var next: Int
        package var nextOffset: Int
    }

    /// The first sentence boundary at or after byte `index` (scalar offset `offset`), which must
    /// be where a scalar starts and not inside a terminator run or its closers. When the sentence
    /// runs to the end of the text, its end and the next start are both the end of the text.
    ///
    /// O(n) in the bytes read; ASCII that is not `. ! ?` or a line break costs one comparison chain.
    package static func nextBoundary(in utf8: UnsafeBufferPointer<UInt8>, from start: Int, offset first: Int) -> Boundary {
        let count = utf8.count
        var index = start
        var offset = first
        while index < count {
            let byte = utf8[index]
            let isSpecialASCII = byte == 0x2E || byte == 0x21 || byte == 0x3F || (byte >= 0x0A && byte <= 0x0D)
            if byte < 0x80 && !isSpecialASCII {
                index += 1
                offset += 1
                continue
            }
            let (scalar, length) = UTF8Cursor.scalar(in: utf8, at: index)
            if SentenceBoundary.isLineBreak(scalar) {
                let isCRLF = byte == 0x0D && index + 1 < count && utf8[index + 1] == 0x0A
                return Boundary(end: index, endOffset: offset, next: index + (isCRLF ? 2 : length),
                                nextOffset: offset + (isCRLF ? 2 : 1))
            } else if SentenceBoundary.isTerminator(scalar) {
                var end = index
                var endOffset = offset
                while end < count, case let (next, size) = UTF8Cursor.scalar(in: utf8, at: end),
                    SentenceBoundary.isTerminator(next)
                {
                    end += size
                    endOffset += 1
                }
                let isSinglePeriod = end == index + 1 && byte == 0x2E
                while end < count, case let (next, size) = UTF8Cursor.scalar(in: utf8, at: end),
                    SentenceBoundary.isCloser(next)
                {
                    end += size
                    endOffset += 1
                }
                let followedBySpace =
                    end == count || SentenceBoundary.isWhitespace(UTF8Cursor.scalar(in: utf8, at: end).0)
                if followedBySpace && !(isSinglePeriod && SentenceBoundary.isAbbreviation(in: utf8, period: index)) {
                    return Boundary(end: end, endOffset: endOffset, next: end, nextOffset: endOffset)
                }
                index = end
                offset = endOffset
            } else {
                index += length
                offset += 1
            }
        }
        return Boundary(end: count, endOffset: offset, next: count, nextOffset: offset)
    }

    /// Trims whitespace from both ends of a span and keeps it if anything is left.
    private func appendTrimmed(
        _ utf8: UnsafeBufferPointer<UInt8>, bytes: Range<Int>, start: Int, end: Int, to spans: inout [Span]
    ) {
        if let span = Self.trimmed(utf8, bytes: bytes, start: start, end: end) { spans.append(span) }
    }

    /// A span less the whitespace at both its ends, or `nil` when nothing is left. O(whitespace trimmed).
    package static func trimmed(_ utf8: UnsafeBufferPointer<UInt8>, bytes: Range<Int>, start: Int, end: Int) -> Span? {
        var lower = bytes.lowerBound
        var upper = bytes.upperBound
        var startOffset = start
        var endOffset = end
        // ASCII white space first (one byte, one scalar each); the general loops below take over at
        // the first non-ASCII byte.
        while lower < upper, case let byte = utf8[lower], byte == 0x20 || byte &- 0x09 < 5 {
            lower += 1
            startOffset += 1
        }
        while upper > lower, case let byte = utf8[upper - 1], byte == 0x20 || byte &- 0x09 < 5 {
            upper -= 1
            endOffset -= 1
        }
        guard lower < upper else { return nil }
        if utf8[lower] < 0x80 && utf8[upper - 1] < 0x80 {
            return Span(bytes: lower..<upper, start: startOffset, end: endOffset)
        }
        while lower < upper, case let (scalar, length) = UTF8Cursor.scalar(in: utf8, at: lower),
            SentenceBoundary.isWhitespace(scalar)
        {
            lower += length
            startOffset += 1
        }
        while upper > lower {
            let previous = UTF8Cursor.previousScalarStart(in: utf8, before: upper)
            guard SentenceBoundary.isWhitespace(UTF8Cursor.scalar(in: utf8, at: previous).0) else { break }
            upper = previous
            endOffset -= 1
        }
        guard lower < upper else { return nil }
        return Span(bytes: lower..<upper, start: startOffset, end: endOffset)
    }
}
