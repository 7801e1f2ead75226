public import EvidentModel

/// `coded_segments.csv`: one row per coded segment and code — where the segment is (data set,
/// respondent, question, segment index, Unicode scalar offsets into the answer), the code, and
/// every pattern that matched with its token span (`pattern@first-last`, tokens 0-based within
/// the segment, `; `-separated). It holds positions only, never the text, so it is safe to share.
public enum CodedSegmentsTable {
    public static let header = ["dataset", "respondent", "question", "segment_index", "start", "end", "code_id", "matches"]

    public static func row(_ segment: CodedSegment) -> [CSVTable.Cell] {
        [
            .text(segment.dataset), .text(segment.respondent), .text(segment.question), .integer(segment.segmentIndex),
            .integer(segment.start), .integer(segment.end), .text(segment.codeID),
            .text(matchesField(segment.matches)),
        ]
    }

    public static func table(_ segments: [CodedSegment]) -> CSVTable {
        CSVTable(header: header, rows: segments.map(row))
    }

    /// The whole file, as `table(segments).rendered()` writes it, without building the table.
    public static func rendered(_ segments: [CodedSegment]) -> String {
        let header = headerBytes
        var bytes = ByteBuffer(capacity: header.count + segments.count * 128)
        header.withUnsafeBufferPointer { header in
            bytes.reserve(header.count)
            bytes.put(header)
        }
        append(segments, to: &bytes)
        return bytes.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The byte order mark and the header record.
    static var headerBytes: [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        CSVTable.append(row: header.map(CSVTable.Cell.text), to: &bytes)
        return bytes
    }

    /// The `matches` cell: `pattern@first-last` for each match, `; `-separated.
    static func matchesField(_ matches: [PatternMatch]) -> String {
        matches.map { "\($0.pattern)@\($0.firstToken)-\($0.lastToken)" }.joined(separator: "; ")
    }

    /// Appends the rows of `segments` to `bytes`: the same bytes as `CSVTable.append(row:to:)` on
    /// `row(_:)` for each (a test holds them equal), written straight from the segments because
    /// a study can have millions. The leading data set, respondent and question cells are
    /// rendered once for a run of segments from the same answer. O(bytes written).
    static func append(_ segments: some Collection<CodedSegment>, to bytes: inout ByteBuffer) {
        var prefix = ByteBuffer(capacity: 256)
        var prefixOf: (dataset: String, respondent: String, question: String)?
        var matches = ByteBuffer(capacity: 256)
        for segment in segments {
            if let last = prefixOf, last.dataset == segment.dataset, last.respondent == segment.respondent,
               last.question == segment.question {
                // Same answer as the previous row: its leading cells are already in `prefix`.
            } else {
                putLeadingCells(segment.dataset, segment.respondent, segment.question, into: &prefix)
                prefixOf = (segment.dataset, segment.respondent, segment.question)
            }
            matches.removeAll()
            for (index, match) in segment.matches.enumerated() {
                var pattern = match.pattern
                pattern.withUTF8 { putMatch(pattern: $0, first: match.firstToken, last: match.lastToken, isFirst: index == 0, into: &matches) }
            }
            var code = segment.codeID
            code.withUTF8 { code in
                putRow(prefix: prefix, segmentIndex: segment.segmentIndex, start: segment.start, end: segment.end,
                       codeCell: nil, codeText: code, matches: matches, into: &bytes)
            }
        }
    }

    /// Renders a row's leading cells (data set, respondent, question) and the comma after them
    /// into `prefix`, replacing what it held.
    static func putLeadingCells(_ dataset: String, _ respondent: String, _ question: String, into prefix: inout ByteBuffer) {
        prefix.removeAll()
        putCell(dataset, into: &prefix)
        putCell(respondent, into: &prefix)
        putCell(question, into: &prefix)
    }

    /// A text cell and the comma after it.
    @inline(__always)
    private static func putCell(_ text: String, into bytes: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes.putCSVText($0) }
        bytes.reserve(1)
        bytes.put(0x2C)
    }

    /// Appends one match, `pattern@first-last`, to a matches cell being built (after `; ` unless
    /// it is the first).
    @inline(__always)
    static func putMatch(
        pattern: UnsafeBufferPointer<UInt8>, first: Int, last: Int, isFirst: Bool, into matches: inout ByteBuffer
    ) {
        matches.reserve(pattern.count + 44)
        if !isFirst {
            matches.put(0x3B)
            matches.put(0x20)
        }
        matches.put(pattern)
        matches.put(0x40)
        matches.putDecimal(first)
        matches.put(0x2D)
        matches.putDecimal(last)
    }

    /// Appends one row: the leading cells, the segment's index and offsets, the code (a rendered
    /// cell, or its text to render), the matches cell, CRLF.
    @inline(__always)
    static func putRow(
        prefix: borrowing ByteBuffer, segmentIndex: Int, start: Int, end: Int, codeCell: UnsafeBufferPointer<UInt8>?,
        codeText: UnsafeBufferPointer<UInt8>?, matches: borrowing ByteBuffer, into bytes: inout ByteBuffer
    ) {
        bytes.reserve(prefix.count + 3 * 21 + (codeCell?.count ?? 0))
        prefix.withBytes { bytes.put($0) }
        bytes.putDecimal(segmentIndex)
        bytes.put(0x2C)
        bytes.putDecimal(start)
        bytes.put(0x2C)
        bytes.putDecimal(end)
        bytes.put(0x2C)
        if let codeCell { bytes.put(codeCell) }
        if let codeText { bytes.putCSVText(codeText) }
        bytes.reserve(1)
        bytes.put(0x2C)
        matches.withBytes { bytes.putCSVText($0) }
        bytes.reserve(2)
        bytes.put(0x0D)
        bytes.put(0x0A)
    }
}
