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
        var bytes = headerBytes
        bytes.reserveCapacity(bytes.count + segments.count * 128)
        append(segments, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
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
    /// `evident code` renders millions of rows. It renders the leading data set, respondent and
    /// question cells once for a run of segments from the same answer, copies text that needs no
    /// quoting in one step, writes integers digit by digit, and builds the matches cell without
    /// intermediate strings. O(bytes written).
    static func append(_ segments: some Collection<CodedSegment>, to bytes: inout [UInt8]) {
        var prefix: [UInt8] = []
        var prefixOf: (dataset: String, respondent: String, question: String)?
        var matches: [UInt8] = []
        for segment in segments {
            if let last = prefixOf, last.dataset == segment.dataset, last.respondent == segment.respondent,
               last.question == segment.question {
                // Same answer as the previous row: its leading cells are already in `prefix`.
            } else {
                prefix.removeAll(keepingCapacity: true)
                appendText(segment.dataset, to: &prefix)
                prefix.append(0x2C)
                appendText(segment.respondent, to: &prefix)
                prefix.append(0x2C)
                appendText(segment.question, to: &prefix)
                prefix.append(0x2C)
                prefixOf = (segment.dataset, segment.respondent, segment.question)
            }
            bytes.append(contentsOf: prefix)
            appendDecimal(segment.segmentIndex, to: &bytes)
            bytes.append(0x2C)
            appendDecimal(segment.start, to: &bytes)
            bytes.append(0x2C)
            appendDecimal(segment.end, to: &bytes)
            bytes.append(0x2C)
            appendText(segment.codeID, to: &bytes)
            bytes.append(0x2C)
            matches.removeAll(keepingCapacity: true)
            for (index, match) in segment.matches.enumerated() {
                if index > 0 {
                    matches.append(0x3B)
                    matches.append(0x20)
                }
                var pattern = match.pattern
                pattern.withUTF8 { matches.append(contentsOf: $0) }
                matches.append(0x40)
                appendDecimal(match.firstToken, to: &matches)
                matches.append(0x2D)
                appendDecimal(match.lastToken, to: &matches)
            }
            matches.withUnsafeBufferPointer { appendText(utf8: $0, to: &bytes) }
            bytes.append(0x0D)
            bytes.append(0x0A)
        }
    }

    /// Appends a text cell as `CSVTable.append(_:to:)` does.
    @inline(__always)
    static func appendText(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendText(utf8: $0, to: &bytes) }
    }

    /// Appends a text cell given as UTF-8: copied whole when it needs neither quotes nor
    /// neutralising (the usual case), otherwise through `CSVTable.append(bytes:to:)`.
    static func appendText(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        guard let first = utf8.first, let last = utf8.last else { return }
        var plain: Bool
        switch first {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x20: plain = false
        default: plain = last != 0x20
        }
        if plain {
            for byte in utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                plain = false
                break
            }
        }
        if plain {
            bytes.append(contentsOf: utf8)
        } else {
            CSVTable.append(bytes: utf8, to: &bytes)
        }
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    @inline(__always)
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 0, value < 10 {
            bytes.append(0x30 &+ UInt8(truncatingIfNeeded: value))
            return
        }
        if value < 0 { bytes.append(0x2D) }
        // Int.min has no positive counterpart; its magnitude fits in UInt. Digits are written
        // backwards into a stack buffer (division by the constant 10 is a multiplication).
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var first = 20
            repeat {
                first -= 1
                digits[first] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
        }
    }
}
