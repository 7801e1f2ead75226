/// The characters and words that decide where a sentence ends (codebook spec §3.5).
package enum SentenceBoundary {
    /// `.` `!` `?`, and the characters that NFKC turns into them (`…` `‼` `⁇` `⁈` `⁉` and the
    /// small and full-width forms).
    package static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0xFE52, 0xFE56, 0xFE57, 0xFF01, 0xFF0E, 0xFF1F:
            true
        default:
            false
        }
    }

    /// A closing quote or bracket that stays with the sentence it follows: `"` `'` `)` `]` `}`
    /// and every closing (Pe) or final-quote (Pf) punctuation mark, such as `”` `’` `»` `）`.
    package static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return true
        case 0..<0x80: return false
        default:
            let category = scalar.properties.generalCategory
            return category == .closePunctuation || category == .finalPunctuation
        }
    }

    /// A line break: LF, CR (CRLF counts once), VT, FF, NEL, LINE and PARAGRAPH SEPARATOR.
    package static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Unicode White_Space (line breaks included).
    @inline(__always)
    package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
        }
        return scalar.properties.isWhitespace
    }

    /// Whether the `.` at byte `period` closes one of the abbreviations that never end a sentence
    /// (`Dr. Mr. Mrs. Ms. Mx. Prof. e.g. i.e. vs.`, in any case): the letters and dots just
    /// before it spell one, and no letter or digit comes before those. O(1).
    package static func isAbbreviation(in utf8: UnsafeBufferPointer<UInt8>, period: Int) -> Bool {
        var first = period
        while first > 0, period - first <= 4 {
            let byte = utf8[first - 1]
            guard byte == UInt8(ascii: ".") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            else { break }
            first -= 1
        }
        guard first < period, period - first <= 4 else { return false }
        if first > 0 {
            let (before, _) = UTF8Cursor.scalar(in: utf8, at: UTF8Cursor.previousScalarStart(in: utf8, before: first))
            let kind = CharacterClass(normalized: before)
            if kind == .letter || kind == .digit || before == "." { return false }
        }
        let length = period - first
        return abbreviations.contains { abbreviation in
            abbreviation.count == length && abbreviation.indices.allSatisfy { index in
                let byte = utf8[first + index]
                return (byte == UInt8(ascii: ".") ? byte : byte | 0x20) == abbreviation[index]
            }
        }
    }

    private static let abbreviations: [[UInt8]] = ["dr", "mr", "mrs", "ms", "mx", "prof", "e.g", "i.e", "vs"]
        .map { Array($0.utf8) }
}
