/// Splits a pattern as written into words, double-quoted phrases and `NEAR/n` operators,
/// remembering the 1-based scalar position of each.
struct PatternLexer {
    /// One lexical item of a pattern.
    enum Item {
        /// A word outside quotes (it may still hold several tokens, as `step-down` does).
        case word(String, position: Int)
        /// A double-quoted phrase: its words with their positions, and the opening quote's position.
        case quoted([(String, Int)], position: Int)
        /// The operator `NEAR/n`.
        case near(distance: Int, position: Int)

        var position: Int {
            switch self {
            case .word(_, let position), .quoted(_, let position), .near(_, let position): position
            }
        }
    }

    /// The items of `text`, or the first lexical error.
    static func items(of text: String) throws(PatternSyntaxError) -> [Item] {
        let scalars = Array(text.unicodeScalars)
        var items: [Item] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if isQuote(scalar) {
                let open = index
                var words: [(String, Int)] = []
                index += 1
                while index < scalars.count, !isQuote(scalars[index]) {
                    if scalars[index].properties.isWhitespace {
                        index += 1
                        continue
                    }
                    let start = index
                    while index < scalars.count, !isQuote(scalars[index]), !scalars[index].properties.isWhitespace {
                        index += 1
                    }
                    words.append((String(String.UnicodeScalarView(scalars[start..<index])), start + 1))
                }
                guard index < scalars.count else {
                    throw PatternSyntaxError(position: open + 1, reason: "the double quote opened here is never closed")
                }
                guard !words.isEmpty else {
                    throw PatternSyntaxError(position: open + 1, reason: "the double quotes hold no words")
                }
                items.append(.quoted(words, position: open + 1))
                index += 1
            } else {
                let start = index
                while index < scalars.count, !isQuote(scalars[index]), !scalars[index].properties.isWhitespace {
                    index += 1
                }
                let word = String(String.UnicodeScalarView(scalars[start..<index]))
                items.append(try item(word, position: start + 1))
            }
        }
        return items
    }

    /// A bare word: the operator when it is exactly `NEAR/<digits>`, an error when it starts
    /// `NEAR/` otherwise, and an ordinary word in every other case (`near`, `NEAR`).
    private static func item(_ word: String, position: Int) throws(PatternSyntaxError) -> Item {
        let operatorPrefix = "NEAR/"
        guard word.hasPrefix(operatorPrefix) else { return .word(word, position: position) }
        let digits = word.unicodeScalars.dropFirst(operatorPrefix.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else {
            throw PatternSyntaxError(
                position: position,
                reason: "'NEAR/' must be followed by a whole number of tokens and a space, as in NEAR/3")
        }
        guard let distance = Int(String(String.UnicodeScalarView(digits))) else {
            throw PatternSyntaxError(position: position, reason: "the NEAR distance in '\(word)' is too large")
        }
        return .near(distance: distance, position: position)
    }

    /// `"`, the curly double quotes and the full-width quote: each opens or closes a phrase.
    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar.isCurlyDoubleQuote || scalar.value == 0xFF02
    }
}
