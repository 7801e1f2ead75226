/// Finds NHS numbers: ten digits, written together (`9434765919`) or spaced 3-3-4 with spaces
/// or hyphens (`943 476 5919`, `943-476-5919`), whose last digit is the Modulus 11 check digit
/// of the first nine. Ten-digit strings that fail the check are left alone, as are digits
/// that run on into a longer number.
///
/// The check (NHS Digital, "NHS Number" data dictionary): multiply the first nine digits by
/// 10, 9, …, 2, add the products, take the remainder on division by 11; the check digit is
/// 11 minus that remainder, 0 when that gives 11, and the number is invalid when it gives 10.
enum NHSNumberScanner {
    /// Claims every valid NHS number in `text`. Linear: each start reads at most 12 scalars.
    static func scan(_ text: ScalarText, into spans: inout RedactionSpans) {
        var index = 0
        while index < text.count {
            guard text.isDigit(index), !text.isWordScalar(index - 1) else {
                index += 1
                continue
            }
            if let end = match(at: index, in: text), spans.claim(index..<end, as: .number) {
                index = end
            } else {
                index += 1
            }
        }
    }

    /// The end of a valid NHS number starting at `start`, if there is one.
    static func match(at start: Int, in text: ScalarText) -> Int? {
        let separator = text[safe: start + 3]
        let spaced = separator == " " || separator == "-"
        let length = spaced ? 12 : 10
        guard start + length <= text.count, !text.isWordScalar(start + length) else { return nil }
        var digits: [Int] = []
        for index in start..<(start + length) {
            let scalar = text.scalars[index]
            if spaced, index == start + 3 || index == start + 7 {
                guard scalar == separator else { return nil }
            } else {
                guard ScalarText.isDigit(scalar) else { return nil }
                digits.append(Int(scalar.value) - 48)
            }
        }
        return isValid(digits) ? start + length : nil
    }

    /// Whether ten digits pass the Modulus 11 check.
    static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        let sum = zip(digits.prefix(9), stride(from: 10, through: 2, by: -1)).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        if check == 10 { return false }
        return (check == 11 ? 0 : check) == digits[9]
    }
}
