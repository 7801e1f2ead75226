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

    /// The file's bytes.
    public func rendered() -> String {
        var output = "\u{FEFF}"
        output += header.map { Self.field(.text($0)) }.joined(separator: ",") + "\r\n"
        for row in rows {
            output += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return output
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .integer(let value): return String(value)
        case .number(let value): return JSONValue.format(value)
        case .text(let text):
            let safe = neutralised(text)
            let needsQuotes = safe.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" } || safe != safe.trimmedEnds
            guard needsQuotes else { return safe }
            var quoted = "\""
            for character in safe { quoted += character == "\"" ? "\"\"" : String(character) }
            return quoted + "\""
        }
    }

    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }
}

extension String {
    fileprivate var trimmedEnds: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
