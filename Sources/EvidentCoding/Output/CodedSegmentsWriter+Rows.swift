package import EvidentFormats
import EvidentModel
import Foundation

/// The row layout of `coded_segments.csv`, byte by byte.
extension CodedSegmentsWriter {
    /// The columns, in order.
    package static let header = ["dataset", "respondent", "question", "segment_index", "start", "end", "code_id", "matches"]

    /// A free-text question's id in `coded_segments.csv`, `questions.csv` and `results.sqlite`:
    /// `q1` for the data set's first free-text question (in the manifest's `free_text` order),
    /// `q2` for the second… — short, so the file does not repeat a question's whole text on each
    /// of millions of rows.
    package static func questionID(_ position: Int) -> String {
        "q\(position + 1)"
    }

    /// The byte order mark and the header record.
    package static var headerBytes: [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        CSVTable.append(row: header.map(CSVTable.Cell.text), to: &bytes)
        return bytes
    }

    /// Whether the file at `path` is a `coded_segments.csv` evident wrote: it starts with this
    /// header (a run replaces it; any other file there is left alone).
    package static func isOwn(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let expected = headerBytes
        return (try? handle.read(upToCount: expected.count)).map { Array($0) == expected } ?? false
    }

    /// Renders a row's leading cells (data set, respondent, question id) and the comma after
    /// them into `prefix`, replacing what it held. The ids come from the data, so they are
    /// published without control or bidirectional characters (`ControlCharacters.published`), as
    /// in every other published file; the question is its id (`questionID`), never its text.
    static func putLeadingCells(_ dataset: String, _ respondent: String, question position: Int, into prefix: inout ByteBuffer) {
        prefix.removeAll()
        putCell(ControlCharacters.published(dataset), into: &prefix)
        putCell(ControlCharacters.published(respondent), into: &prefix)
        prefix.reserve(24)
        prefix.put(0x71)
        prefix.putDecimal(position + 1)
        prefix.put(0x2C)
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

    /// Appends one row: the leading cells, the segment's index and offsets, the code's rendered
    /// cell, the matches cell, CRLF.
    @inline(__always)
    static func putRow(
        prefix: borrowing ByteBuffer, segmentIndex: Int, start: Int, end: Int, codeCell: UnsafeBufferPointer<UInt8>,
        matches: borrowing ByteBuffer, into bytes: inout ByteBuffer
    ) {
        bytes.reserve(prefix.count + 3 * 21 + codeCell.count + 1)
        prefix.withBytes { bytes.put($0) }
        bytes.putDecimal(segmentIndex)
        bytes.put(0x2C)
        bytes.putDecimal(start)
        bytes.put(0x2C)
        bytes.putDecimal(end)
        bytes.put(0x2C)
        bytes.put(codeCell)
        bytes.put(0x2C)
        matches.withBytes { bytes.putCSVText($0) }
        bytes.reserve(2)
        bytes.put(0x0D)
        bytes.put(0x0A)
    }
}
