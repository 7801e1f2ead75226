import EvidentCoding
import EvidentModel
import Testing

/// `CodingEngine` against `ReferenceMatcher` on seeded random codebooks and texts: every field of
/// every coded segment must agree, whatever the options, pattern forms, nesting and scripts.
@Suite("CodingEngine agrees with a naive reference matcher")
struct ReferenceDifferentialTests {
    /// Words with shared prefixes and stems, negators, accents, apostrophes, digits.
    static let words = [
        "help", "helpful", "helped", "helping", "helps", "unhelpful", "worker", "workers", "work", "social",
        "socially", "mental", "health", "healthy", "team", "mum's", "mum", "parents", "care", "carer", "careful",
        "caf\u{00E9}", "isolated", "isolation", "anxious", "anxiety", "listen", "listened", "key", "plan",
        "support", "supported", "supportive", "school", "step", "down", "abc", "abcd", "ab", "3", "19", "covid19",
        "not", "no", "never", "didn't", "wasn't", "didnt", "hardly", "nothing", "very", "the", "a", "and",
        "\u{6211}\u{4EEC}", "na\u{00EF}ve", "stra\u{00DF}e",
        // Longer than 8 bytes, and 16: keys of more than one word.
        "threshold", "thresholds", "relationship", "relationships", "understanding", "understand",
        "interdisciplinary", "interdisciplinarity", "caf\u{00E9}-relationship",
    ]

    /// Separators and the forms the text may take in an answer, beyond a plain space.
    static let joins = [
        " ", " ", " ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\r\n", " - ", "-", "... ", " Dr. ", " e.g. ", " 3.5 ",
        "\u{2026} ", "\u{201D}. ", " (", ") ", "; ", "\u{00A0}", " \u{1F44D}\u{1F3FD} ", ".\u{2019} ",
    ]

    /// How a word may be written in an answer.
    static func written(_ word: String, using generator: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<12, using: &generator) {
        case 0: return word.uppercased()
        case 1: return word.prefix(1).uppercased() + word.dropFirst()
        case 2: return replacing("'", with: "\u{2019}", in: word)
        case 3: return replacing("\u{00E9}", with: "e\u{0301}", in: word)
        case 4: return word + "'s"
        case 5: return word + "'"
        default: return word
        }
    }

    static func replacing(_ scalar: Unicode.Scalar, with replacement: String, in word: String) -> String {
        var result = String.UnicodeScalarView()
        for each in word.unicodeScalars {
            if each == scalar { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(each) }
        }
        return String(result)
    }

    static func answer(using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...40, using: &generator)
        var text = ""
        for index in 0..<count {
            if index > 0 { text += joins.randomElement(using: &generator) ?? " " }
            text += written(words.randomElement(using: &generator) ?? "", using: &generator)
        }
        return text
    }

    /// A term as written in a pattern: a word, or a wildcard on its first 3 or more characters.
    static func term(using generator: inout SeededGenerator) -> String {
        let word = words.filter { $0.count >= 2 }.randomElement(using: &generator) ?? "help"
        guard word.count >= 3, Int.random(in: 0..<3, using: &generator) == 0 else {
            return Bool.random(using: &generator) ? word : written(word, using: &generator)
        }
        let stem = word.prefix(Int.random(in: 3...word.count, using: &generator))
        // `*` must follow a letter or digit: `didn'*` does not parse.
        return (stem.last == "'" ? String(stem.dropLast()) : String(stem)) + "*"
    }

    static func phrase(using generator: inout SeededGenerator, maxTerms: Int = 3) -> [String] {
        (0..<Int.random(in: 1...maxTerms, using: &generator)).map { _ in term(using: &generator) }
    }

    static func pattern(using generator: inout SeededGenerator) -> String {
        guard Int.random(in: 0..<4, using: &generator) == 0 else {
            return phrase(using: &generator).joined(separator: " ")
        }
        let operand = { (generator: inout SeededGenerator) -> String in
            let terms = phrase(using: &generator, maxTerms: 2)
            return terms.count == 1 ? terms[0] : "\"" + terms.joined(separator: " ") + "\""
        }
        let left = operand(&generator)
        return "\(left) NEAR/\(Int.random(in: 0...4, using: &generator)) \(operand(&generator))"
    }

    static func code(_ id: String, depth: Int, using generator: inout SeededGenerator) -> Code {
        let patterns = (0..<Int.random(in: 0...4, using: &generator)).map { _ in pattern(using: &generator) }
        let exclude = Int.random(in: 0..<4, using: &generator) == 0 ? [pattern(using: &generator)] : []
        let negation: Bool? = [nil, nil, true, false].randomElement(using: &generator) ?? nil
        let appliesTo: [String]? = [nil, nil, nil, [], ["ds"], ["service-user-feedback"], ["other", "practitioner-survey"]]
            .randomElement(using: &generator) ?? nil
        let children = depth < 2 ? Int.random(in: 0...2, using: &generator) : 0
        return CodingFixtures.code(
            id, patterns, exclude: exclude, negation: negation, appliesTo: appliesTo,
            codes: (0..<children).map { code("\(id)-\($0)", depth: depth + 1, using: &generator) })
    }

    static func codebook(using generator: inout SeededGenerator) -> Codebook {
        let options = CodingOptions(
            negation: Int.random(in: 0..<4, using: &generator) > 0, stemming: Int.random(in: 0..<3, using: &generator) == 0,
            segment: Int.random(in: 0..<4, using: &generator) == 0 ? .response : .sentence)
        let themes = (0..<Int.random(in: 1...4, using: &generator)).map { code("t\($0)", depth: 0, using: &generator) }
        return CodingFixtures.codebook(themes, options: options)
    }

    @Test("random codebooks and answers", arguments: 0..<40)
    func agrees(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &* 7_919 &+ 17)
        let codebook = Self.codebook(using: &generator)
        let engine = try CodingEngine(codebook: codebook)
        let reference = try ReferenceMatcher(codebook)
        let kinds: [(String, DatasetKind)] = [("ds", .practitionerSurvey), ("other", .serviceUserFeedback), ("x", .interviews)]
        for _ in 0..<60 {
            let text = Self.answer(using: &generator)
            let (dataset, kind) = kinds.randomElement(using: &generator) ?? ("ds", .practitionerSurvey)
            let expected = reference.code(text, dataset: dataset, kind: kind, respondent: "r", question: "q")
            let actual = engine.code(text, dataset: dataset, kind: kind, respondent: "r", question: "q")
            #expect(actual == expected, "text: \(text.debugDescription)")
        }
    }
}
