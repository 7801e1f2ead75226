/// A table written as CSV: RFC 4180 quoting, CRLF line ends (what Excel expects), UTF-8 with a
/// byte order mark so Excel opens accented text correctly, and text cells neutralised against
/// formula injection.
///
/// Following OWASP's CSV injection guidance, a text cell beginning with `=`, `+`, `-`, `@`, a
/// tab or a carriage return is prefixed with a single quote so a spreadsheet shows it as text
/// instead of running it. Numbers are written as numbers and never prefixed.
public struct CSVTable: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case integer(Int)
        case empty

        /// An optional number; empty when absent.
        public static func number(_ value: Double?) -> Cell {
            value.map { .number($0) } ?? .empty
        }
    }

    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The file's text.
    public func rendered() -> String {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.reserveCapacity(64 + rows.count * header.count * 8)
        Self.append(row: header.map(Cell.text), to: &bytes)
        for row in rows { Self.append(row: row, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record, CRLF-terminated, to `bytes`. O(total cell length).
    public static func append(row: [Cell], to bytes: inout [UInt8]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            append(cell, to: &bytes)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    package static func field(_ cell: Cell) -> String {
        var bytes: [UInt8] = []
        append(cell, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one cell: numbers as written, text neutralised, then quoted when it holds a comma,
    /// a quote, a line break (CR or LF, alone or as CRLF) or surrounding spaces.
    package static func append(_ cell: Cell, to bytes: inout [UInt8]) {
        switch cell {
        case .empty: return
        case .integer(let value): bytes.append(contentsOf: String(value).utf8)
        case .number(let value): bytes.append(contentsOf: JSONValue.format(value).utf8)
        case .text(let text): append(bytes: text.utf8, to: &bytes)
        }
    }

    /// Appends a text cell given as its UTF-8: neutralised, then quoted as `append(_:to:)` says.
    package static func append(bytes utf8: some BidirectionalCollection<UInt8>, to bytes: inout [UInt8]) {
        let neutralise: Bool
        switch utf8.first {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: neutralise = true
        default: neutralise = false
        }
        var needsQuotes = utf8.first == 0x20 || utf8.last == 0x20
        if !needsQuotes {
            for byte in utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                needsQuotes = true
                break
            }
        }
        if needsQuotes { bytes.append(0x22) }
        if neutralise { bytes.append(0x27) }
        if needsQuotes {
            for byte in utf8 {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        } else {
            bytes.append(contentsOf: utf8)
        }
    }

    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }
}
