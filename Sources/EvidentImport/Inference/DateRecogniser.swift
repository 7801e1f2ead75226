import EvidentModel

/// Recognises date and date-time values as exports write them (export-formats notes §0):
/// `2017-07-18 08:28:09` (Qualtrics, LimeSurvey), `2016/10/30 3:08:44 PM GMT+1` (Google Forms),
/// `7/27/26 19:06:23` (Microsoft Forms, month first), `11/01/2016 03:24:22 PM` (SurveyMonkey,
/// month first), `9/11/2022 17:54` (an Excel re-save, day first), ODK's ISO 8601 with `T`.
enum DateRecogniser {
    /// The numbers of one date: `year` with `first` and `second` as written (year-first
    /// values carry month and day in order).
    struct Parts: Hashable {
        var year: Int
        var first: Int
        var second: Int
        var yearFirst: Bool
    }

    /// The date at the start of `value`, if it starts with one (a time may follow).
    static func parts(_ value: String) -> Parts? {
        let text = value.trimmedWhitespace
        var numbers: [Int] = []
        var separators: [Character] = []
        var digits = ""
        var index = text.startIndex
        while index < text.endIndex, numbers.count < 3 {
            let character = text[index]
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                guard !digits.isEmpty, "/-.".contains(character), numbers.count < 2 else { break }
                numbers.append(Int(digits) ?? -1)
                separators.append(character)
                digits = ""
            }
            index = text.index(after: index)
        }
        if numbers.count == 2, !digits.isEmpty { numbers.append(Int(digits) ?? -1) }
        guard numbers.count == 3, separators.count == 2, separators[0] == separators[1] else { return nil }
        if index < text.endIndex, !(text[index] == " " || text[index] == "T") { return nil }
        if numbers[0] >= 1000 {
            guard (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
            return Parts(year: numbers[0], first: numbers[1], second: numbers[2], yearFirst: true)
        }
        guard (1...31).contains(numbers[0]), (1...31).contains(numbers[1]), numbers[0] <= 12 || numbers[1] <= 12 else { return nil }
        let year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
        guard (1900...2100).contains(year) else { return nil }
        return Parts(year: year, first: numbers[0], second: numbers[1], yearFirst: false)
    }

    /// How a column of values reads as dates, or `nil` when fewer than 90% of them are dates.
    static func read(_ values: [String], order preferred: DateOrder) -> DateReading? {
        guard !values.isEmpty else { return nil }
        let parsed = values.compactMap { value in parts(value).map { (value, $0) } }
        guard parsed.count * 10 >= values.count * 9 else { return nil }
        let dayFirstProof = parsed.first { !$0.1.yearFirst && $0.1.first > 12 }
        let monthFirstProof = parsed.first { !$0.1.yearFirst && $0.1.second > 12 }
        let order: DateReading.Order
        switch (dayFirstProof, monthFirstProof) {
        case (.some, .some): order = .mixed
        case (.some, nil): order = .dayFirst
        case (nil, .some): order = .monthFirst
        case (nil, nil): order = parsed.allSatisfy(\.1.yearFirst) ? .yearFirst : .ambiguous
        }
        let readAs: DateReading.Order = switch order {
        case .ambiguous, .mixed: preferred == .dmy ? .dayFirst : .monthFirst
        default: order
        }
        let days = parsed.map { iso($0.1, readAs: readAs) }.sorted()
        let evidence = order == .dayFirst ? dayFirstProof?.0 : order == .monthFirst ? monthFirstProof?.0 : nil
        return DateReading(order: order, readAs: readAs, evidence: evidence?.trimmedWhitespace, earliest: days.first, latest: days.last)
    }

    /// `yyyy-mm-dd` of a date read in `readAs` order.
    static func iso(_ parts: Parts, readAs: DateReading.Order) -> String {
        let (month, day) = parts.yearFirst || readAs == .monthFirst ? (parts.first, parts.second) : (parts.second, parts.first)
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(parts.year)-\(two(month))-\(two(day))"
    }
}
