/// One record of a delimited file: its fields, decoded, and the physical line it starts on.
public struct CSVRecord: Sendable, Hashable {
    /// 1-based physical line of the record's first byte, counting header lines.
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// The field separators the reader recognises.
public enum Delimiter: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    public var description: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }
}
