import EvidentModel

/// One XML part of a workbook, streamed out of the zip (`ZipArchive`, the one bounded zip
/// reader) straight into the hardened `XMLStreamReader`: nothing is unpacked to disk and only
/// one chunk is held at a time.
enum XlsxPart {
    /// Limits on parts beyond the archive's own (`ZipLimits`): hostile workbooks are refused
    /// within them.
    struct Limits: Sendable, Hashable {
        /// The shared strings (256 MiB: a workbook of survey answers is far smaller).
        var sharedStrings: UInt64 = 256 << 20
        /// Strings in the shared-strings table.
        var sharedStringCount = 20_000_000
        /// The workbook, its relationships and its styles.
        var small: UInt64 = 16 << 20
        static let standard = Limits()
    }

    /// A reader over the part `name` (matched without regard to case), or `nil` when the
    /// workbook has none; refused, before a byte is inflated, when it declares more than `limit`.
    static func reader(_ archive: ZipArchive, _ name: String, limit: UInt64, file: String) throws(InputError) -> XMLStreamReader? {
        guard let entry = archive.entry(name) else { return nil }
        guard entry.uncompressedSize <= limit else {
            throw InputError(
                "\(entry.path) unpacks to \(ZipLimits.describe(entry.uncompressedSize)), over the \(ZipLimits.describe(limit)) a workbook part may hold",
                at: SourceLocation(file: file),
                help: "no survey export is this large; check the file (a workbook built to exhaust memory is refused this way)"
            )
        }
        return XMLStreamReader(entry: try archive.stream(entry), displayPath: "\(file) (\(entry.path))")
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
