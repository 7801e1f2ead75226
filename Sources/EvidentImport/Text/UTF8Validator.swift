/// Checks UTF-8 incrementally, chunk by chunk, by the rules of Unicode §3.9 table 3-7:
/// no overlong forms, no surrogates, nothing past U+10FFFF, no stray continuation bytes.
struct UTF8Validator: Sendable {
    /// Continuation bytes still expected for the current sequence.
    private var remaining = 0
    /// Allowed range of the next continuation byte (narrower after E0, ED, F0, F4).
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    /// Whether the bytes so far end in the middle of a sequence.
    var isInsideSequence: Bool { remaining > 0 }

    /// Feeds one byte; returns false at the first byte that makes the text invalid.
    @inline(__always)
    mutating func accept(_ byte: UInt8) -> Bool {
        if remaining > 0 {
            guard byte >= low, byte <= high else { return false }
            remaining -= 1
            low = 0x80
            high = 0xBF
            return true
        }
        switch byte {
        case 0x00...0x7F:
            return true
        case 0xC2...0xDF:
            remaining = 1
        case 0xE0:
            remaining = 2
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF:
            remaining = 2
        case 0xED:
            remaining = 2
            high = 0x9F
        case 0xF0:
            remaining = 3
            low = 0x90
        case 0xF1...0xF3:
            remaining = 3
        case 0xF4:
            remaining = 3
            high = 0x8F
        default:
            return false
        }
        return true
    }
}
