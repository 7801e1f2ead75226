/// Finds dates, dates of birth included, and replaces the date (a cue such as "DOB" stays).
///
/// - **Numeric**, day first as written in the UK: `12/03/2014`, `3/3/14`, `d.m.yy` (`3.3.14`),
///   `12-03-2014`, and ISO `2014-03-12`. Three parts with the same separator; a two- or
///   four-digit year (1900–2099); a day and month that make a date read either way round
///   (so `03/25/2016` written US-style still counts). Two-part forms are never dates:
///   `7/10` is a score and `10.30` a time.
/// - **Written**, with a day: `3rd March 2012`, `3 March`, `3rd of March, 2012`,
///   `March 3rd`, `March 3rd, 2012`, `March 3, 2012`, `3 Mar 2012`. Month names count when
///   capitalised or, for full names other than "may" and "march", in lower case; abbreviations
///   only when capitalised. A month with a bare number after it ("in March 3 families…") is not
///   a date.
/// - **Month and year after a birth cue**: "born in March 2012", "DOB: May 2014", "date of
///   birth March 2012". A month and year alone ("since April 2015") are kept, as are years
///   ("2016"), times and other numbers.
///
/// Linear: numeric candidates start at digits after a non-word scalar and read at most ten
/// scalars; written forms look at most six words ahead.
enum DateScanner {
    /// Claims every date in `text`.
    static func scan(_ text: ScalarText, tokens: [WordToken], into spans: inout RedactionSpans) {
        var index = 0
        while index < text.count {
            if text.isDigit(index), startsNumber(at: index, in: text), let end = numericDate(at: index, in: text),
                spans.claim(index..<end, as: .date)
            {
                index = end
            } else {
                index += 1
            }
        }
        for index in tokens.indices {
            if let end = writtenDate(at: index, tokens: tokens, text: text) {
                spans.claim(tokens[index].range.lowerBound..<end, as: .date)
            }
        }
    }

    /// Whether a number may start at `index`: not inside a word, and not the later part of a
    /// slash, point or hyphen group.
    private static func startsNumber(at index: Int, in text: ScalarText) -> Bool {
        guard !text.isWordScalar(index - 1) else { return false }
        if let previous = text[safe: index - 1], previous == "/" || previous == "." || previous == "-" {
            return !text.isDigit(index - 2)
        }
        return true
    }

    /// The end of a numeric date starting at `start`, if there is one.
    static func numericDate(at start: Int, in text: ScalarText) -> Int? {
        var index = start
        func digits(_ maximum: Int) -> (value: Int, count: Int) {
            var value = 0
            var count = 0
            while count <= maximum, let scalar = text[safe: index], ScalarText.isDigit(scalar) {
                value = value * 10 + Int(scalar.value) - 48
                count += 1
                index += 1
            }
            return (value, count)
        }
        let first = digits(4)
        guard let separator = text[safe: index], separator == "/" || separator == "." || separator == "-",
            first.count == 1 || first.count == 2 || first.count == 4
        else { return nil }
        index += 1
        let second = digits(2)
        guard (1...2).contains(second.count), text[safe: index] == separator else { return nil }
        index += 1
        let third = digits(4)
        let end = index
        if text.isWordScalar(end) || text[safe: end] == "%" { return nil }
        if let after = text[safe: end], after == "/" || after == "." || after == "-" || after == ":", text.isDigit(end + 1) { return nil }
        if first.count == 4 {
            guard (1900...2099).contains(first.value), (1...2).contains(third.count),
                (1...12).contains(second.value), (1...31).contains(third.value)
            else { return nil }
            return end
        }
        guard third.count == 2 || (third.count == 4 && (1900...2099).contains(third.value)) else { return nil }
        let dayFirst = (1...31).contains(first.value) && (1...12).contains(second.value)
        let monthFirst = (1...12).contains(first.value) && (1...31).contains(second.value)
        return dayFirst || monthFirst ? end : nil
    }

    /// The end of a written date starting at word `index`, if there is one.
    private static func writtenDate(at index: Int, tokens: [WordToken], text: ScalarText) -> Int? {
        func spaced(_ position: Int, allowing punctuation: Bool = false) -> Bool {
            guard position > 0, position < tokens.count else { return false }
            let gap = text.scalars[tokens[position - 1].range.upperBound..<tokens[position].range.lowerBound]
            let marks = gap.filter { !ScalarText.isSpace($0) }
            return !gap.isEmpty && gap.count <= 3 && (marks.isEmpty || (punctuation && marks.count == 1 && (marks.first == "," || marks.first == ".")))
        }
        func year(_ position: Int) -> Int? {
            guard position < tokens.count, tokens[position].isNumber, tokens[position].text.count == 4,
                let value = Int(tokens[position].text), (1900...2099).contains(value)
            else { return nil }
            return tokens[position].range.upperBound
        }
        if day(tokens[index]) != nil {
            var position = index + 1
            if position < tokens.count, tokens[position].lowercased == "of", spaced(position) { position += 1 }
            guard spaced(position), month(tokens[position]) else { return nil }
            let end = tokens[position].range.upperBound
            return spaced(position + 1, allowing: true) ? year(position + 1) ?? end : end
        }
        guard month(tokens[index]), spaced(index + 1) else { return nil }
        let next = tokens[index + 1]
        if day(next) != nil {
            let hasYear = spaced(index + 2, allowing: true) ? year(index + 2) : nil
            if let hasYear { return hasYear }
            return next.isNumber ? nil : next.range.upperBound
        }
        if year(index + 1) != nil, followsBirthCue(index, tokens: tokens) { return year(index + 1) }
        return nil
    }

    /// The day of the month a word gives (`3`, `03`, `3rd`, `21st`), if it is one.
    private static func day(_ token: WordToken) -> Int? {
        let digits = token.lowercased.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return nil }
        let suffix = token.lowercased.dropFirst(digits.count)
        guard suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return value
    }

    /// Whether a word names a month, by the case rules above.
    private static func month(_ token: WordToken) -> Bool {
        guard let number = RedactionVocabulary.months[token.lowercased], number > 0 else { return false }
        if token.isCapitalised { return true }
        let isFullName = token.lowercased.count > 4 || token.lowercased == "june" || token.lowercased == "july"
        return isFullName && token.lowercased != "march"
    }

    /// Whether the words before word `index` say a birth date follows: "born", "born in",
    /// "born on", "DOB", "D.O.B.", "date of birth", "birthday".
    private static func followsBirthCue(_ index: Int, tokens: [WordToken]) -> Bool {
        var position = index - 1
        if position >= 0, ["in", "on"].contains(tokens[position].lowercased) { position -= 1 }
        guard position >= 0 else { return false }
        let word = tokens[position].lowercased
        if ["born", "dob", "birth", "birthday"].contains(word) { return true }
        return word == "b" && position >= 2 && tokens[position - 1].lowercased == "o" && tokens[position - 2].lowercased == "d"
    }
}
