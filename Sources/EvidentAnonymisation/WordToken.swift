/// A word or number in a text being redacted: a run of letters, combining marks and digits,
/// with apostrophes (`'`, `’`) and hyphens kept inside when letters stand on both sides
/// (`O'Brien`, `Smith-Jones`, `Kerry's`).
struct WordToken: Sendable, Hashable {
    /// Scalar offsets of the token.
    let range: Range<Int>
    /// The token as written.
    let text: String
    /// The token in lower case, for look-ups.
    let lowercased: String
    /// Whether every scalar is an ASCII digit.
    let isNumber: Bool
    /// Whether the token has no digits.
    let isWord: Bool
    /// Whether the first scalar is an upper-case letter.
    let isCapitalised: Bool

    /// All tokens of `text`, in order. One pass, O(n).
    static func tokens(of text: ScalarText) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = 0
        let scalars = text.scalars
        while index < scalars.count {
            guard ScalarText.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count {
                if ScalarText.isWordScalar(scalars[index]) {
                    index += 1
                } else if isJoiner(scalars[index]), index > start, index + 1 < scalars.count,
                    ScalarText.isLetter(scalars[index - 1]), ScalarText.isLetter(scalars[index + 1])
                {
                    index += 1
                } else {
                    break
                }
            }
            tokens.append(WordToken(range: start..<index, in: text))
        }
        return tokens
    }

    private init(range: Range<Int>, in text: ScalarText) {
        self.range = range
        self.text = text.string(range)
        lowercased = Self.key(self.text)
        let scalars = text.scalars[range]
        isNumber = scalars.allSatisfy(ScalarText.isDigit)
        isWord = !scalars.contains(where: ScalarText.isDigit)
        isCapitalised = scalars.first.map { $0.properties.isUppercase } ?? false
    }

    /// The look-up form of a word: lower case, with a typographic apostrophe (`’`) written
    /// as `'`.
    static func key(_ word: String) -> String {
        var key = ""
        for scalar in word.lowercased().unicodeScalars { key.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar) }
        return key
    }

    /// An apostrophe or hyphen, which joins letters into one word.
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "\u{2010}"
    }

    /// The token without a possessive ending (`Kerry's` → `Kerry`, `James'` is left whole
    /// since its apostrophe is not inside the token): the offsets and lower-case text.
    var base: (range: Range<Int>, lowercased: String) {
        if lowercased.hasSuffix("'s"), lowercased.count > 3 {
            return (range.lowerBound..<(range.upperBound - 2), String(lowercased.dropLast(2)))
        }
        return (range, lowercased)
    }
}
