/// Finds house addresses: a house number, then one to four capitalised words ending in a
/// street word (``RedactionVocabulary/streetWords``): "14 Ashworth Road", "7 Cherry Tree
/// Close", "22a Mill Lane", with a flat or unit before it when there is one ("Flat 3, 22 Mill
/// Lane"). The town and the postcode after it are left to the other rules (a town alone names
/// no household; a postcode is replaced as one).
///
/// A street without a number ("we live on Ashworth Road") is not an address: many households
/// share it. List a small street in the names list to hide it.
///
/// Linear: each number reads at most six words ahead.
enum AddressScanner {
    /// Words that put a flat's number before the house number.
    private static let unitWords: Set<String> = ["flat", "apartment", "apt", "unit"]

    /// Claims every address in `text`.
    static func scan(_ text: ScalarText, tokens: [WordToken], into spans: inout RedactionSpans) {
        var index = 0
        while index < tokens.count {
            guard isHouseNumber(tokens[index], in: text), let end = streetEnd(after: index, tokens: tokens, text: text) else {
                index += 1
                continue
            }
            let start = unitStart(before: index, tokens: tokens, text: text) ?? tokens[index].range.lowerBound
            spans.claim(start..<tokens[end].range.upperBound, as: .address)
            index = end + 1
        }
    }

    /// One to four digits, perhaps one letter after them ("22a"), standing alone: not part of
    /// "3/4", "1.5" or "10-12".
    private static func isHouseNumber(_ token: WordToken, in text: ScalarText) -> Bool {
        let scalars = text.scalars[token.range]
        let digits = scalars.prefix(while: ScalarText.isDigit).count
        guard (1...4).contains(digits), scalars.count - digits <= 1, scalars.first != "0" else { return false }
        if scalars.count > digits, !ScalarText.isASCIILetter(scalars[scalars.startIndex + digits]) { return false }
        let before = text[safe: token.range.lowerBound - 1]
        let after = text[safe: token.range.upperBound]
        return !(before.map { "/.-".unicodeScalars.contains($0) } ?? false) && !(after.map { "/.-:".unicodeScalars.contains($0) } ?? false)
    }

    /// The index of the street word ending the street name after the house number at `index`.
    private static func streetEnd(after index: Int, tokens: [WordToken], text: ScalarText) -> Int? {
        var next = index + 1
        while next < tokens.count, next <= index + 4 {
            let gap = text.scalars[tokens[next - 1].range.upperBound..<tokens[next].range.lowerBound]
            let token = tokens[next]
            guard !gap.isEmpty, gap.allSatisfy(ScalarText.isSpace), token.isWord, token.isCapitalised else { return nil }
            if next > index + 1, RedactionVocabulary.streetWords.contains(token.lowercased) { return next }
            next += 1
        }
        return nil
    }

    /// Where "Flat 3, " (or "Flat 3 ") before the house number at `index` starts.
    private static func unitStart(before index: Int, tokens: [WordToken], text: ScalarText) -> Int? {
        guard index >= 2, unitWords.contains(tokens[index - 2].lowercased), tokens[index - 1].isNumber else { return nil }
        let gap = text.scalars[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
        let spaces = gap.first == "," ? gap.dropFirst() : gap
        guard !spaces.isEmpty, spaces.allSatisfy(ScalarText.isSpace) else { return nil }
        return tokens[index - 2].range.lowerBound
    }
}
