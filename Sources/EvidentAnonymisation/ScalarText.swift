/// A text as an array of Unicode scalars, for the redaction scanners: random access by
/// offset, and the character classes they test. Offsets are scalar offsets, so accents,
/// emoji and other multi-scalar characters outside a match are kept exactly.
struct ScalarText: Sendable {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]

    /// The scalars of `text`.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `index`, or nil outside the text.
    subscript(safe index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The scalars in `range` as a string.
    func string(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[range])
        return result
    }

    /// Whether the scalar at `index` is an ASCII digit (false outside the text).
    func isDigit(_ index: Int) -> Bool {
        self[safe: index].map(Self.isDigit) ?? false
    }

    /// Whether the scalar at `index` is part of a word or number: a letter, a combining mark or
    /// a digit (false outside the text).
    func isWordScalar(_ index: Int) -> Bool {
        self[safe: index].map(Self.isWordScalar) ?? false
    }

    /// Whether `scalar` is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Whether `scalar` is an ASCII letter.
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Whether `scalar` is a letter in any script, or a mark combining with one.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetter(scalar) }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isAlphabetic
        }
    }

    /// Whether `scalar` belongs to a word or number.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || isLetter(scalar)
    }

    /// Whether `scalar` is horizontal space (a space, a tab or a no-break space).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    /// `scalar` upper-cased if it is an ASCII letter.
    static func asciiUpper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 32) ?? scalar : scalar
    }
}
