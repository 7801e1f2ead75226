/// Finds UK phone numbers: mobiles (`07700 900123`, `07700900123`, `0770 090 0123`,
/// `07700-900-123`, `+44 7700 900123`, `+447700900123`) and landlines beginning 01 or 02
/// (`020 7946 0018`, `(01632) 960123`, `0161 496 0000`, `+44 (0)20 7946 0018`).
///
/// Rules: the number starts at a word boundary with `0`, `(0` or `+44` (optionally followed by
/// `(0)`); digit groups are separated by at most one space, no-break space or hyphen; every
/// group has at least two digits and a national number's first group at least three (so dates
/// such as `01-02-2016` and times never qualify); the national number has 11 digits
/// beginning 01, 02, 03 or 07 (10 digits are also allowed for 01 area codes), and the number
/// must not run on into a letter or digit. When the digits run on into another group (a phone
/// number followed by an unrelated count), the longest leading run of whole groups that is a
/// valid number is taken. Numbers beginning 03 (`0300 123 4567`: Ofcom keeps them for public
/// bodies, charities and businesses), free-phone and premium numbers (08, 09) are
/// organisations', not people's, and are kept: "ring the council on 0300 …" stays readable.
///
/// Linear: a candidate starts only at `0`, `(` or `+` after a non-word scalar and reads at
/// most 24 scalars.
enum PhoneScanner {
    /// The most scalars one candidate number may span.
    private static let maxLength = 24

    /// Claims every UK phone number in `text`.
    static func scan(_ text: ScalarText, into spans: inout RedactionSpans) {
        var index = 0
        while index < text.count {
            let scalar = text.scalars[index]
            guard scalar == "0" || scalar == "(" || scalar == "+", !text.isWordScalar(index - 1), text[safe: index - 1] != "+" else {
                index += 1
                continue
            }
            if let end = match(at: index, in: text), spans.claim(index..<end, as: .phone) {
                index = end
            } else {
                index += 1
            }
        }
    }

    /// The end of a UK phone number starting at `start`, if there is one.
    static func match(at start: Int, in text: ScalarText) -> Int? {
        var index = start
        let international = text[safe: index] == "+"
        if international {
            guard text[safe: index + 1] == "4", text[safe: index + 2] == "4" else { return nil }
            index += 3
            if let scalar = text[safe: index], isSeparator(scalar), text[safe: index + 1] != nil { index += 1 }
            if text[safe: index] == "(", text[safe: index + 1] == "0", text[safe: index + 2] == ")" {
                index += 3
                if let scalar = text[safe: index], isSeparator(scalar) { index += 1 }
            }
        }
        var inParenthesis = false
        if !international, text[safe: index] == "(" {
            inParenthesis = true
            index += 1
        }
        var digits: [Int] = []
        var groups: [(length: Int, digitCount: Int, end: Int)] = []
        while index - start <= maxLength {
            let runStart = index
            while index - start <= maxLength, text.isDigit(index) {
                digits.append(Int(text.scalars[index].value) - 48)
                index += 1
            }
            guard index > runStart else { break }
            if inParenthesis {
                guard text[safe: index] == ")" else { return nil }
                index += 1
                inParenthesis = false
            }
            groups.append((index - runStart, digits.count, index))
            var next = index
            if let scalar = text[safe: next], isSeparator(scalar) { next += 1 }
            guard text.isDigit(next) else { break }
            index = next
        }
        guard !inParenthesis else { return nil }
        for taken in stride(from: groups.count, through: 1, by: -1) {
            let used = groups.prefix(taken)
            guard used.allSatisfy({ $0.length >= 2 }), international || used[0].length >= 3 else { continue }
            let number = Array(digits.prefix(used[taken - 1].digitCount))
            let end = used[taken - 1].end
            guard !text.isWordScalar(end), isValid(number, international: international) else { continue }
            return end
        }
        return nil
    }

    /// Whether the digits (after +44 when `international`) make a UK mobile or landline.
    private static func isValid(_ digits: [Int], international: Bool) -> Bool {
        let national = international ? [0] + digits : digits
        guard national.count >= 10, national[0] == 0 else { return false }
        switch national[1] {
        case 1: return national.count == 10 || national.count == 11
        case 2, 7: return national.count == 11
        default: return false
        }
    }

    /// A single space, no-break space or hyphen between digit groups.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "-"
    }
}
