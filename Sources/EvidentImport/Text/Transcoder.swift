/// Turns an export's bytes, chunk by chunk, into UTF-8 in its declared or detected encoding,
/// refusing bytes that are not valid in it (never decoding with replacement characters).
///
/// Tracks physical lines (LF, CRLF or a lone CR each end one) and columns in Unicode scalars,
/// so a refusal names where it happened.
struct Transcoder: Sendable {
    /// Where an invalid byte sequence was found.
    struct Failure: Error, Sendable {
        var line: Int
        var column: Int
        var message: String
    }

    let encoding: TextEncoding
    private var validator = UTF8Validator()
    private var line = 1
    private var column = 1
    /// The UTF-8 sequence under way: its bytes so far (first in the low byte), how many, and the
    /// line and column of its first byte, so a refusal names the sequence where it starts.
    private var sequence: UInt32 = 0
    private var sequenceLength = 0
    private var sequenceLine = 1
    private var sequenceColumn = 1
    private var lastWasCR = false
    /// UTF-16: a byte waiting for its partner, and a high surrogate waiting for its low one.
    private var oddByte: UInt8?
    private var highSurrogate: UInt32?

    init(encoding: TextEncoding) {
        self.encoding = encoding
    }

    /// Whether the encoding's bytes are UTF-8 already: `validate` them and use them as they are.
    var passesThrough: Bool { encoding == .utf8 || encoding == .utf8BOM }

    /// Checks that `input` continues valid UTF-8, tracking lines and columns for the refusal.
    /// Call once more with `isFinal` at the end of the file so a truncated sequence is refused.
    /// O(n), ASCII eight bytes at a time.
    mutating func validate(_ input: UnsafeRawBufferPointer, isFinal: Bool) throws(Failure) {
        var index = 0
        while index < input.count {
            if !validator.isInsideSequence, index + 8 <= input.count {
                let word = input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    // Eight ASCII bytes: without a line break among them, eight columns.
                    if Self.hasLineBreak(word) {
                        for offset in index..<(index + 8) { track(input[offset]) }
                    } else {
                        column += 8
                        lastWasCR = false
                    }
                    index += 8
                    continue
                }
            }
            let byte = input[index]
            let wasInside = validator.isInsideSequence
            guard validator.accept(byte) else {
                guard wasInside else {
                    throw Failure(line: line, column: column, message: "invalid UTF-8 byte 0x\(Self.hex(byte))")
                }
                // The sequence is what is broken: name its bytes from its first, where it starts.
                throw Failure(
                    line: sequenceLine, column: sequenceColumn,
                    message: "invalid UTF-8 sequence \(sequenceBytes) followed by 0x\(Self.hex(byte)), which cannot continue it")
            }
            if byte >= 0x80 {
                if !wasInside {
                    sequence = 0
                    sequenceLength = 0
                    sequenceLine = line
                    sequenceColumn = column
                }
                sequence |= UInt32(byte) << (8 * UInt32(sequenceLength))
                sequenceLength += 1
            }
            track(byte)
            index += 1
        }
        if isFinal, validator.isInsideSequence {
            throw Failure(line: sequenceLine, column: sequenceColumn,
                          message: "the file ends inside the UTF-8 sequence \(sequenceBytes)")
        }
    }

    /// The bytes of the sequence under way, as `0xE2 0x80`.
    private var sequenceBytes: String {
        (0..<sequenceLength).map { "0x" + Self.hex(UInt8(truncatingIfNeeded: sequence >> (8 * UInt32($0)))) }
            .joined(separator: " ")
    }

    /// Appends the UTF-8 form of `input` to `output`. Call once more with `isFinal` at the end
    /// of the file so a truncated sequence is refused. O(n).
    mutating func transcode(_ input: UnsafeRawBufferPointer, into output: inout [UInt8], isFinal: Bool) throws(Failure) {
        output.reserveCapacity(output.count + input.count + input.count / 2)
        switch encoding {
        case .utf8, .utf8BOM:
            try validate(input, isFinal: isFinal)
            output.append(contentsOf: input)
        case .windows1252:
            for byte in input {
                if byte < 0x80 {
                    output.append(byte)
                    track(byte)
                } else {
                    appendScalar(Windows1252.scalarValue(of: byte), to: &output)
                }
            }
        case .utf16LE, .utf16BE:
            var index = 0
            while index < input.count {
                let byte = input[index]
                index += 1
                guard let first = oddByte else {
                    oddByte = byte
                    continue
                }
                oddByte = nil
                let unit = encoding == .utf16LE ? UInt32(first) | UInt32(byte) << 8 : UInt32(first) << 8 | UInt32(byte)
                try appendUTF16(unit, to: &output)
            }
            if isFinal, oddByte != nil || highSurrogate != nil {
                throw Failure(line: line, column: column, message: "the file ends inside a UTF-16 character")
            }
        }
    }

    private mutating func appendUTF16(_ unit: UInt32, to output: inout [UInt8]) throws(Failure) {
        if let high = highSurrogate {
            guard (0xDC00...0xDFFF).contains(unit) else {
                throw Failure(line: line, column: column, message: "unpaired UTF-16 surrogate")
            }
            highSurrogate = nil
            appendScalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &output)
            return
        }
        switch unit {
        case 0xD800...0xDBFF:
            highSurrogate = unit
        case 0xDC00...0xDFFF:
            throw Failure(line: line, column: column, message: "unpaired UTF-16 surrogate")
        default:
            appendScalar(unit, to: &output)
        }
    }

    @inline(__always)
    private mutating func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
        if value < 0x80 {
            output.append(UInt8(value))
            track(UInt8(value))
            return
        }
        column += 1
        lastWasCR = false
        if value < 0x800 {
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        } else {
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | (value >> 12) & 0x3F))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Whether eight ASCII bytes hold a CR or an LF: the classic "has a zero byte" test on the
    /// word XORed with each (exact for bytes below 0x80).
    @inline(__always)
    private static func hasLineBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lf = word ^ (ones &* 0x0A)
        let cr = word ^ (ones &* 0x0D)
        return ((lf &- ones) & ~lf & highs) | ((cr &- ones) & ~cr & highs) != 0
    }

    /// Advances line and column past one UTF-8 byte.
    @inline(__always)
    private mutating func track(_ byte: UInt8) {
        switch byte {
        case 0x0A:
            if !lastWasCR { line += 1 }
            column = 1
            lastWasCR = false
        case 0x0D:
            line += 1
            column = 1
            lastWasCR = true
        default:
            lastWasCR = false
            if byte & 0xC0 != 0x80 { column += 1 }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
