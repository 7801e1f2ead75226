import EvidentModel

/// Recognises the scale a column's answers are on (study spec §4): "values drawn from a known
/// scale's levels, or numbers within a known range".
///
/// - Ordinal: at least 95% of the non-blank values are levels of one scale (case-insensitive,
///   trimmed), with at least two distinct levels used once there are five answers or more.
///   The study's own scales come first, then `ScaleCatalogue`'s; among those that fit, the one
///   that reads the most values wins, then a study scale over a catalogue one, then the one
///   with fewest levels (`Yes`/`No` answers are `yes-no`, not `yes-partly-no`).
/// - Answer codes (LimeSurvey exports): every value an answer code (`A1` … `A5`), proposed as a scale of
///   the codes (`ScaleCatalogue.answerCodes`) for the researcher to relabel.
/// - Numeric: at least 95% of the values are numbers, at least 90% of them whole, two or more
///   distinct, in a header that is not about a count, age, year, time or amount. A range the
///   header states (`(1–10)`, `0 = … 100 = …`, `out of 10`) wins; otherwise the narrowest range
///   holding 95% of the values, the study's own ranges before the catalogue's on a tie; 0–100
///   only when some value is above 10 and 80% are multiples of 5 (Bandura's steps of 10).
enum ScaleRecogniser {
    static let threshold = 0.95

    /// `answerCodes`: the layout writes bare answer codes (LimeSurvey's `A1`, `A2` …).
    static func recognise(_ values: [String], header: String, known: [Scale], answerCodes: Bool = false) -> ScaleGuess? {
        guard !values.isEmpty else { return nil }
        if answerCodes, let codes = ScaleCatalogue.answerCodes(values), !known.contains(where: { $0.id == codes.id }) {
            return ScaleGuess(scale: codes, isProposed: true, valid: values.count, values: values.count, outside: [])
        }
        return ordinal(values, known: known) ?? numeric(values, header: header, known: known)
    }

    private static func ordinal(_ values: [String], known: [Scale]) -> ScaleGuess? {
        let folded = values.map { $0.trimmedWhitespace.lowercased() }
        let knownLevels = Set(known.compactMap(Self.foldedLevels))
        let catalogue = ScaleCatalogue.ordinal.filter { scale in
            !known.contains { $0.id == scale.id } && foldedLevels(scale).map { !knownLevels.contains($0) } ?? false
        }
        var best: (guess: ScaleGuess, rank: (Int, Int, Int))?
        for (scale, isKnown) in known.map({ ($0, true) }) + catalogue.map({ ($0, false) }) {
            guard let levels = foldedLevels(scale) else { continue }
            let levelSet = Set(levels)
            let valid = folded.filter { levelSet.contains($0) }
            guard Double(valid.count) >= Double(values.count) * threshold else { continue }
            guard Set(valid).count >= 2 || values.count < 5 else { continue }
            let rank = (valid.count, isKnown ? 1 : 0, -levels.count)
            if let current = best, current.rank >= rank { continue }
            let outside = distinct(values.filter { !levelSet.contains($0.trimmedWhitespace.lowercased()) })
            best = (ScaleGuess(scale: scale, isProposed: !isKnown, valid: valid.count, values: values.count, outside: outside), rank)
        }
        return best?.guess
    }

    private static func numeric(_ values: [String], header: String, known: [Scale]) -> ScaleGuess? {
        let numbers = values.compactMap { Scale.parseDecimal($0.trimmedWhitespace) }
        guard Double(numbers.count) >= Double(values.count) * threshold, Set(numbers).count >= 2 else { return nil }
        guard numbers.filter({ $0 == $0.rounded() }).count * 10 >= numbers.count * 9 else { return nil }
        let words = HeaderWords(header)
        guard !words.containsAny(notScores), !words.contains(phrase: "how many"), !words.contains(phrase: "number of") else { return nil }
        func fits(_ min: Double, _ max: Double) -> Int { numbers.filter { $0 >= min && $0 <= max }.count }
        func guess(_ scale: Scale, isKnown: Bool, fromHeader: Bool) -> ScaleGuess {
            let valid = values.filter { scale.read($0).score != nil }
            let outside = distinct(values.filter { scale.read($0).score == nil })
            return ScaleGuess(
                scale: scale, isProposed: !isKnown, valid: valid.count, values: values.count, outside: outside, rangeFromHeader: fromHeader
            )
        }
        let knownRanges = known.compactMap { scale -> (Scale, Double, Double)? in
            if case .numeric(let min, let max, _) = scale.kind { return (scale, min, max) }
            return nil
        }
        if let stated = statedRange(header, hasZero: numbers.contains(0)) {
            guard Double(fits(stated.min, stated.max)) >= Double(values.count) * threshold else { return nil }
            if let match = knownRanges.first(where: { $0.1 == stated.min && $0.2 == stated.max }) {
                return guess(match.0, isKnown: true, fromHeader: true)
            }
            return guess(ScaleCatalogue.numeric(min: stated.min, max: stated.max), isKnown: false, fromHeader: true)
        }
        let catalogue = ScaleCatalogue.ranges.compactMap { range -> (Scale, Double, Double)? in
            knownRanges.contains { $0.1 == range.min && $0.2 == range.max }
                ? nil : (ScaleCatalogue.numeric(min: range.min, max: range.max), range.min, range.max)
        }
        let candidates = (knownRanges.map { ($0, true) } + catalogue.map { ($0, false) })
            .sorted { ($0.0.2 - $0.0.1, $0.1 ? 0 : 1, $0.0.0.id) < ($1.0.2 - $1.0.1, $1.1 ? 0 : 1, $1.0.0.id) }
        for ((scale, min, max), isKnown) in candidates {
            guard Double(fits(min, max)) >= Double(values.count) * threshold else { continue }
            if min == 0, max == 100 {
                let steps = numbers.filter { $0.truncatingRemainder(dividingBy: 5) == 0 }.count
                guard (numbers.max() ?? 0) > 10, steps * 10 >= numbers.count * 8 else { continue }
            }
            return guess(scale, isKnown: isKnown, fromHeader: false)
        }
        return nil
    }

    /// The range a header states: `A–B`, `A-B`, `A to B`, numbers followed by `=`
    /// (`0 = cannot do at all, 100 = highly certain`), or `out of B`.
    static func statedRange(_ header: String, hasZero: Bool) -> (min: Double, max: Double)? {
        let tokens = tokens(of: header)
        var anchors: [Double] = []
        for (index, token) in tokens.enumerated() {
            guard let number = Double(token) else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            let after = index + 2 < tokens.count ? Double(tokens[index + 2]) : nil
            if ["-", "–", "—", "to"].contains(next.lowercased()), let upper = after, number < upper, upper <= 1000 {
                return (number, upper)
            }
            if next == "=" { anchors.append(number) }
            if index >= 2, tokens[index - 2].lowercased() == "out", tokens[index - 1].lowercased() == "of" {
                return (hasZero ? 0 : 1, number)
            }
        }
        if anchors.count >= 2, let low = anchors.min(), let high = anchors.max(), low < high { return (low, high) }
        return nil
    }

    /// Numbers, words and the punctuation `-`, `–`, `—`, `=` as separate tokens.
    private static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsNumber = false
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            if isDigit || character.isLetter {
                if !current.isEmpty, currentIsNumber != isDigit {
                    tokens.append(current)
                    current = ""
                }
                current.append(character)
                currentIsNumber = isDigit
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                if "-–—=".contains(character) { tokens.append(String(character)) }
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func foldedLevels(_ scale: Scale) -> [String]? {
        if case .ordinal(let levels, _) = scale.kind { return levels.map { $0.trimmedWhitespace.lowercased() } }
        return nil
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) && seen.count < 3 { seen.append(value) }
        return seen
    }

    /// Header words that make numbers counts or amounts rather than ratings.
    private static let notScores: Set<String> = [
        "age", "aged", "year", "years", "count", "hours", "hour", "minutes", "days", "weeks", "months", "duration",
        "seconds", "id", "postcode", "phone", "cost", "amount", "price", "total", "points", "seed", "lastpage", "number",
        "caseload", "percentage", "percent",
    ]
}
