/// The text encoding an export was read in. Detection order (study spec §3): a byte order mark
/// decides; without one, valid UTF-8 is UTF-8 and anything else is Windows-1252.
public enum TextEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"

    /// How many bytes of byte order mark the file starts with.
    var bomLength: Int {
        switch self {
        case .utf8BOM: 3
        case .utf16LE, .utf16BE: 2
        case .utf8, .windows1252: 0
        }
    }

    /// The encoding a byte order mark declares, if the bytes start with one.
    static func fromByteOrderMark(_ head: [UInt8]) -> TextEncoding? {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if head.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return nil
    }
}
