import Foundation

/// The merged ranges of a worksheet (`<mergeCells><mergeCell ref="B1:D1"/>…`), which Excel
/// writes after all the cells. While the sheet is unpacked, `watch` notes where `<mergeCells`
/// starts; the ranges are then read from there to the end (at most `tailLimit` bytes), so
/// they are known before the first row is handed out.
struct XlsxMergedCells {
    struct Range: Hashable, Sendable {
        var first: XlsxCellReference
        var last: XlsxCellReference
    }

    static let tailLimit = 16 << 20
    private static let marker = Array("<mergeCells".utf8)
    private static let prefixedMarker = Array(":mergeCells".utf8)

    private(set) var start: Int?
    private var carry: [UInt8] = []
    private var carryOffset = 0

    /// Looks for the start of `<mergeCells` (or a prefixed `<x:mergeCells`) in each chunk.
    mutating func watch(_ chunk: Data, offset: Int) {
        guard start == nil else { return }
        // Across the boundary: the last bytes of the previous chunk and the first of this one.
        let seam = carry + [UInt8](chunk.prefix(Self.marker.count))
        for needle in [Self.marker, Self.prefixedMarker] {
            if let found = Self.find(needle, in: seam) {
                start = offset - carry.count + found
                return
            }
        }
        for needle in [Self.marker, Self.prefixedMarker] {
            if let found = chunk.range(of: Data(needle)) {
                start = offset + (found.lowerBound - chunk.startIndex)
                return
            }
        }
        carry = [UInt8](chunk.suffix(Self.marker.count))
    }

    /// The ranges in the sheet's file at `path`.
    func ranges(path: String) -> [Range] {
        guard let start, let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        try? handle.seek(toOffset: UInt64(start))
        guard let data = try? handle.read(upToCount: Self.tailLimit) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
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

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        Data(bytes).range(of: Data(needle)).map(\.lowerBound)
    }
}
