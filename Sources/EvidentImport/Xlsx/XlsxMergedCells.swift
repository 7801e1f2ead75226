import EvidentModel
import Foundation

/// The merged ranges of a worksheet (`<mergeCells><mergeCell ref="B1:D1"/>…`), which Excel
/// writes after all the cells. A first pass over the sheet's bytes (inflated, not parsed)
/// finds where `<mergeCells` starts and keeps what follows (at most `tailLimit` bytes), so the
/// ranges are known before the first row is handed out.
struct XlsxMergedCells {
    struct Range: Hashable, Sendable {
        var first: XlsxCellReference
        var last: XlsxCellReference
    }

    static let tailLimit = 16 << 20
    private static let marker = Array("mergeCells".utf8)

    private var tail: [UInt8] = []
    private var found = false
    private var carry: [UInt8] = []

    /// The ranges in the sheet `entry` of `archive`.
    static func read(_ archive: ZipArchive, _ entry: ZipEntry) throws(InputError) -> [Range] {
        var scanner = XlsxMergedCells()
        let stream = try archive.stream(entry)
        while true {
            let chunk = try stream.next()
            if chunk.isEmpty { break }
            scanner.take(chunk)
        }
        return scanner.ranges()
    }

    /// Looks for `mergeCells` in each chunk (and across chunk boundaries), then keeps the rest.
    mutating func take(_ chunk: [UInt8]) {
        if found {
            if tail.count < Self.tailLimit { tail += chunk.prefix(Self.tailLimit - tail.count) }
            return
        }
        let window = carry + chunk
        if let start = Self.find(Self.marker, in: window) {
            found = true
            tail = Array(window[start...].prefix(Self.tailLimit))
        } else {
            carry = Array(window.suffix(Self.marker.count - 1))
        }
    }

    /// Every `ref="A1:C1"` of a `mergeCell` element in what was kept.
    func ranges() -> [Range] {
        let text = String(decoding: tail, as: UTF8.self)
        var ranges: [Range] = []
        var rest = Substring(text)
        while let element = rest.range(of: "mergeCell ") {
            rest = rest[element.upperBound...]
            guard let ref = rest.range(of: "ref="), let quote = rest[ref.upperBound...].first, quote == "\"" || quote == "'" else { continue }
            let valueStart = rest.index(after: ref.upperBound)
            guard let close = rest[valueStart...].firstIndex(of: quote) else { break }
            let parts = rest[valueStart..<close].split(separator: ":")
            if parts.count == 2, let first = XlsxCellReference(String(parts[0])), let last = XlsxCellReference(String(parts[1])) {
                ranges.append(Range(first: first, last: last))
            }
            rest = rest[close...]
        }
        return ranges
    }

    /// The first offset of `needle` in `bytes`: a byte scan for its first byte, then a compare.
    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let last = buffer.count - needle.count
            while index <= last {
                if buffer[index] == first {
                    var matched = true
                    for offset in 1..<needle.count where buffer[index + offset] != needle[offset] {
                        matched = false
                        break
                    }
                    if matched { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
