/// The RFC 4180 state machine behind `CSVReader`, resumable across buffer refills so a record
/// may span any number of chunks. Works on UTF-8 bytes: delimiters, quotes and line breaks are
/// ASCII, so they never occur inside a multi-byte character.
struct CSVParserState: Sendable {
    enum Outcome: Sendable {
        case record(CSVRecord)
        case needMoreInput
        case fieldTooLong(line: Int, column: Int)
    }

    enum Ending: Sendable {
        case record(CSVRecord)
        case unterminatedQuote(line: Int, column: Int)
        case none
    }

    private enum Mode: Sendable {
        case fieldStart
        case unquoted
        case quoted
        /// A quote seen inside a quoted field: either the closing quote or the first of `""`.
        case quoteInQuoted
    }

    private var mode = Mode.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var recordStarted = false
    private var recordLine = 1
    private var fieldLine = 1
    private var fieldColumn = 1
    private var line = 1
    private var column = 1
    private var lastWasCR = false

    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lineFeeds = ones &* 0x0A
    private static let carriageReturns = ones &* 0x0D

    /// Whether any of the eight bytes of `word` is zero (exact: the borrow can only make a
    /// spurious high bit above a real zero byte, never one without it).
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// Consumes bytes from `position` until a record ends (returned) or the bytes run out.
    /// O(bytes consumed).
    mutating func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, from position: inout Int, delimiter: UInt8, fieldLimit: Int
    ) -> Outcome {
        while position < bytes.count {
            // Inside a field, a run of ordinary bytes is copied at once: only a delimiter (a
            // quote, in a quoted field) or a line break needs the state machine below.
            if mode == .unquoted || mode == .quoted {
                let special = mode == .quoted ? Self.quote : delimiter
                var end = position
                var leads = 0
                if let base = bytes.baseAddress {
                    // Eight bytes at a time while none of them is special.
                    let specials = Self.ones &* UInt64(special)
                    while end + 8 <= bytes.count {
                        let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                        if Self.hasZeroByte(word ^ specials) || Self.hasZeroByte(word ^ Self.lineFeeds)
                            || Self.hasZeroByte(word ^ Self.carriageReturns) {
                            break
                        }
                        // Continuation bytes (10xxxxxx) do not start a column.
                        leads += 8 - (word & ~(word << 1) & Self.highBits).nonzeroBitCount
                        end += 8
                    }
                }
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == special || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    if byte & 0xC0 != 0x80 { leads += 1 }
                    end += 1
                }
                if end > position {
                    column += leads
                    lastWasCR = false
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<end]))
                    position = end
                    if field.count > fieldLimit { return .fieldTooLong(line: fieldLine, column: fieldColumn) }
                    continue
                }
            }
            let byte = bytes[position]
            position += 1
            let wasCR = lastWasCR
            advance(over: byte)
            if byte == Self.lineFeed, wasCR, mode != .quoted {
                continue  // the LF of a CRLF whose CR already ended the record
            }
            if !recordStarted {
                if byte == Self.lineFeed || byte == Self.carriageReturn { continue }  // blank line
                recordStarted = true
                recordLine = line
                fieldLine = line
                fieldColumn = column - 1
            }
            switch mode {
            case .fieldStart:
                fieldLine = line
                fieldColumn = column - 1
                if byte == Self.quote {
                    mode = .quoted
                } else if byte == delimiter {
                    endField()
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    endField()
                    return .record(endRecord())
                } else {
                    mode = .unquoted
                    field.append(byte)
                }
            case .unquoted:
                if byte == delimiter {
                    endField()
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    endField()
                    return .record(endRecord())
                } else {
                    field.append(byte)
                }
            case .quoted:
                if byte == Self.quote {
                    mode = .quoteInQuoted
                } else {
                    field.append(byte)
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    field.append(byte)
                    mode = .quoted
                } else if byte == delimiter {
                    endField()
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    endField()
                    return .record(endRecord())
                } else {
                    field.append(byte)
                    mode = .unquoted
                }
            }
            if field.count > fieldLimit {
                return .fieldTooLong(line: fieldLine, column: fieldColumn)
            }
        }
        return .needMoreInput
    }

    /// Ends the input: returns the last record if one was under way.
    mutating func finish() -> Ending {
        guard recordStarted else { return .none }
        if mode == .quoted {
            return .unterminatedQuote(line: fieldLine, column: fieldColumn)
        }
        endField()
        return .record(endRecord())
    }

    @inline(__always)
    private mutating func advance(over byte: UInt8) {
        switch byte {
        case Self.lineFeed:
            if !lastWasCR { line += 1 }
            column = 1
            lastWasCR = false
        case Self.carriageReturn:
            line += 1
            column = 1
            lastWasCR = true
        default:
            lastWasCR = false
            if byte & 0xC0 != 0x80 { column += 1 }
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        mode = .fieldStart
    }

    private mutating func endRecord() -> CSVRecord {
        let record = CSVRecord(line: recordLine, fields: fields)
        // The record keeps the array: start the next one at the same size, allocated once,
        // instead of growing it field by field.
        let width = fields.count
        fields = []
        fields.reserveCapacity(width)
        recordStarted = false
        mode = .fieldStart
        return record
    }
}
