import Dispatch
import EvidentModel

/// A prototype of the change suggested for `coded_segments.csv`: rows rendered straight into
/// UTF-8 bytes, chunks of rows in parallel, concatenated in order — the same bytes as
/// `CodedSegmentsTable.table(_:).rendered()` (BOM, CRLF, RFC 4180 quoting, formula
/// neutralisation), without a `String` per cell or a grapheme walk per character.
enum SegmentsCSV {
    static let header = "dataset,respondent,question,segment_index,start,end,code_id,matches"

    /// The file's bytes.
    static func render(_ segments: [CodedSegment], chunkSize: Int = 20_000) -> [UInt8] {
        let chunks = stride(from: 0, to: segments.count, by: chunkSize).map { $0..<min($0 + chunkSize, segments.count) }
        let parts = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: chunks.count)
        parts.initialize(repeating: [])
        defer { parts.deallocate() }
        nonisolated(unsafe) let shared = parts
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(chunks[index].count * 160)
            for segment in segments[chunks[index]] { row(segment, into: &bytes) }
            shared[index] = bytes
        }
        var output: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(header.utf8) + [0x0D, 0x0A]
        output.reserveCapacity(output.count + parts.reduce(0) { $0 + $1.count })
        for part in parts { output += part }
        return output
    }

    static func row(_ segment: CodedSegment, into bytes: inout [UInt8]) {
        text(segment.dataset, into: &bytes)
        bytes.append(0x2C)
        text(segment.respondent, into: &bytes)
        bytes.append(0x2C)
        text(segment.question, into: &bytes)
        bytes.append(0x2C)
        integer(segment.segmentIndex, into: &bytes)
        bytes.append(0x2C)
        integer(segment.start, into: &bytes)
        bytes.append(0x2C)
        integer(segment.end, into: &bytes)
        bytes.append(0x2C)
        text(segment.codeID, into: &bytes)
        bytes.append(0x2C)
        var matches = ""
        for (index, match) in segment.matches.enumerated() {
            if index > 0 { matches += "; " }
            matches += match.pattern
            matches += "@"
            matches += String(match.firstToken)
            matches += "-"
            matches += String(match.lastToken)
        }
        text(matches, into: &bytes)
        bytes += [0x0D, 0x0A]
    }

    static func integer(_ value: Int, into bytes: inout [UInt8]) {
        bytes += String(value).utf8
    }

    /// RFC 4180 quoting when the field holds `,` `"` CR or LF or starts or ends with a space; a
    /// leading `'` when a spreadsheet would read a formula.
    static func text(_ value: String, into bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            let neutralise = utf8.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } ?? false
            let quote = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || (neutralise ? false : utf8.first == 0x20) || utf8.last == 0x20
            if quote { bytes.append(0x22) }
            if neutralise { bytes.append(0x27) }
            for byte in utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
            if quote { bytes.append(0x22) }
        }
    }
}
