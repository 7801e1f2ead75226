import EvidentModel
import Foundation

/// One XML part of a workbook, read through the hardened `XMLStreamReader`: the part is copied
/// out of the zip into a temporary file in chunks (memory stays flat), opened, and the file
/// unlinked at once — the open reader keeps its bytes until it is done, and nothing is left
/// behind whatever happens next.
enum XlsxPart {
    /// Limits on each part's unpacked size: hostile workbooks are refused within them.
    struct Limits: Sendable, Hashable {
        /// A worksheet (2 GiB: about 20 million answers).
        var sheet = 2 << 30
        /// The shared strings (256 MiB: a workbook of survey answers is far smaller).
        var sharedStrings = 256 << 20
        /// Strings in the shared-strings table.
        var sharedStringCount = 20_000_000
        /// The workbook, its relationships and its styles.
        var small = 16 << 20
        static let standard = Limits()
    }

    /// A reader over the part `name`, or `nil` when the workbook has none. `watch` sees each
    /// chunk as it is unpacked, with its offset.
    static func reader(
        _ zip: ZipEntries, _ name: String, limit: Int, file: String, watch: (Data, Int) -> Void = { _, _ in }
    ) throws(InputError) -> (reader: XMLStreamReader, size: Int)? {
        guard let temporary = try zip.spool(name, limit: limit, watch: watch) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let size = (try? FileManager.default.attributesOfItem(atPath: temporary)[.size] as? Int) ?? 0
        let reader = try XMLStreamReader(path: temporary, displayPath: "\(file) (\(name))")
        return (reader, size)
    }

    /// Excel's escapes for characters XML cannot hold (`_x000D_` for a carriage return,
    /// `_x005F_` for a literal `_`), decoded.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var scalars = String.UnicodeScalarView()
        let source = Array(text.unicodeScalars)
        var index = 0
        while index < source.count {
            if source[index] == "_", index + 6 < source.count, source[index + 1] == "x", source[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(source[(index + 2)..<(index + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                scalars.append(scalar)
                index += 7
            } else {
                scalars.append(source[index])
                index += 1
            }
        }
        return String(scalars)
    }
}
