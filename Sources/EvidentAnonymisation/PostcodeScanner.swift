/// Finds full UK postcodes in any letter case, with or without the space: `LS1 4AB`,
/// `ls14ab`, `SW1A 1AA`, `M60 2LA`, `EC1V 9HX`, `GIR 0AA`.
///
/// A postcode is an outward code in one of the six formats A9, A99, AA9, AA99, A9A, AA9A, an
/// optional single space, and an inward code 9AA, standing alone as a word. The letters obey
/// the Royal Mail rules, which keep ordinary words and references from qualifying: the first
/// letter is not Q, V or X; a second letter is not I, J or Z; a letter after the district digit
/// is one of A B C D E F G H J K P S T U W (A9A) or A B E H M N P R V W X Y (AA9A); the inward
/// letters are never C, I, K, M, O or V. Partial postcodes (`LS1`) are kept: a district alone
/// does not identify a household.
///
/// Linear: each start reads at most eight scalars.
enum PostcodeScanner {
    /// Claims every full postcode in `text`.
    static func scan(_ text: ScalarText, into spans: inout RedactionSpans) {
        var index = 0
        while index < text.count {
            guard ScalarText.isASCIILetter(text.scalars[index]), !text.isWordScalar(index - 1) else {
                index += 1
                continue
            }
            if let end = match(at: index, in: text), spans.claim(index..<end, as: .postcode) {
                index = end
            } else {
                index += 1
            }
        }
    }

    /// The outward-code formats: `A` a letter, `9` a digit.
    private static let outwardFormats = ["AA9A", "AA99", "A9A", "A99", "AA9", "A9"]

    /// The end of a postcode starting at `start`, if there is one.
    static func match(at start: Int, in text: ScalarText) -> Int? {
        let upper = (start..<min(start + 8, text.count)).map { ScalarText.asciiUpper(text.scalars[$0]) }
        if let end = inward(after: 3, in: upper), upper.prefix(3) == ["G", "I", "R"], Array(upper[(end - 3)..<end]) == ["0", "A", "A"] {
            return boundary(start + end, in: text)
        }
        for format in outwardFormats where fits(format, upper) {
            if let end = inward(after: format.count, in: upper) { return boundary(start + end, in: text) }
        }
        return nil
    }

    private static func boundary(_ end: Int, in text: ScalarText) -> Int? {
        text.isWordScalar(end) ? nil : end
    }

    /// Whether the scalars begin with an outward code of `format` obeying the letter rules.
    private static func fits(_ format: String, _ upper: [Unicode.Scalar]) -> Bool {
        let pattern = Array(format.unicodeScalars)
        guard upper.count >= pattern.count else { return false }
        for (offset, kind) in pattern.enumerated() {
            let scalar = upper[offset]
            guard kind == "A" ? ("A"..."Z").contains(scalar) : ScalarText.isDigit(scalar) else { return false }
        }
        guard !"QVX".unicodeScalars.contains(upper[0]) else { return false }
        if pattern[1] == "A", "IJZ".unicodeScalars.contains(upper[1]) { return false }
        switch format {
        case "A9A": return "ABCDEFGHJKPSTUW".unicodeScalars.contains(upper[2])
        case "AA9A": return "ABEHMNPRVWXY".unicodeScalars.contains(upper[3])
        default: return true
        }
    }

    /// The offset just past an inward code (9AA) that starts at `offset`, after an optional
    /// single space.
    private static func inward(after offset: Int, in upper: [Unicode.Scalar]) -> Int? {
        var index = offset
        if index < upper.count, upper[index] == " " { index += 1 }
        guard index + 3 <= upper.count, ScalarText.isDigit(upper[index]) else { return nil }
        for letter in upper[(index + 1)..<(index + 3)] {
            guard ("A"..."Z").contains(letter), !"CIKMOV".unicodeScalars.contains(letter) else { return nil }
        }
        return index + 3
    }
}
