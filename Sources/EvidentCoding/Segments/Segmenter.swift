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
        let count = utf8.count
        var index = 0
        var offset = 0
        var segmentByte = 0
        var segmentOffset = 0
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
                appendTrimmed(utf8, bytes: segmentByte..<index, start: segmentOffset, end: offset, to: &spans)
                let isCRLF = byte == 0x0D && index + 1 < count && utf8[index + 1] == 0x0A
                index += isCRLF ? 2 : length
                offset += isCRLF ? 2 : 1
                segmentByte = index
                segmentOffset = offset
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
                    appendTrimmed(utf8, bytes: segmentByte..<end, start: segmentOffset, end: endOffset, to: &spans)
                    segmentByte = end
                    segmentOffset = endOffset
                }
                index = end
                offset = endOffset
            } else {
                index += length
                offset += 1
            }
        }
        appendTrimmed(utf8, bytes: segmentByte..<count, start: segmentOffset, end: offset, to: &spans)
    }

    /// Trims whitespace from both ends of a span and keeps it if anything is left.
    private func appendTrimmed(
        _ utf8: UnsafeBufferPointer<UInt8>, bytes: Range<Int>, start: Int, end: Int, to spans: inout [Span]
    ) {
        var lower = bytes.lowerBound
        var upper = bytes.upperBound
        var startOffset = start
        var endOffset = end
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
        guard lower < upper else { return }
        spans.append(Span(bytes: lower..<upper, start: startOffset, end: endOffset))
    }
}
