/// What a normalised Unicode scalar is to the tokenizer (codebook spec §3.1).
///
/// Letters (L*) and digits (N*) make tokens; combining marks (M*) stay with the letter or digit
/// they follow; an apostrophe is kept only between two letters; a few invisible format
/// characters (soft hyphen, zero-width joiners, word joiner) are ignored inside a token;
/// everything else separates tokens.
package enum CharacterClass: UInt8, Sendable {
    case separator
    case letter
    case digit
    case mark
    case apostrophe
    case ignorable

    /// The class of each ASCII byte, indexed by the byte (128 entries).
    package static let ascii: [CharacterClass] = (0..<128).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "'"): .apostrophe
        default: .separator
        }
    }

    /// The class of a scalar that is already normalised (NFKC, straight quotes, case-folded).
    ///
    /// O(1): one property lookup.
    package init(normalized scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            self = Self.ascii[Int(scalar.value)]
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            self = .letter
        case .decimalNumber, .letterNumber, .otherNumber:
            self = .digit
        case .nonspacingMark, .spacingMark, .enclosingMark:
            self = .mark
        case .format where scalar.value != 0x200B && scalar.properties.isDefaultIgnorableCodePoint:
            self = .ignorable
        default:
            self = .separator
        }
    }
}

extension Unicode.Scalar {
    /// Whether this is a curly or modifier apostrophe that normalisation makes `'`
    /// (‘ ’ ‚ ‛ and the modifier letter apostrophe ʼ).
    package var isCurlyApostrophe: Bool {
        switch value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC: true
        default: false
        }
    }

    /// Whether this is a curly double quote that normalisation makes `"` (“ ” „ ‟).
    package var isCurlyDoubleQuote: Bool {
        switch value {
        case 0x201C, 0x201D, 0x201E, 0x201F: true
        default: false
        }
    }
}
