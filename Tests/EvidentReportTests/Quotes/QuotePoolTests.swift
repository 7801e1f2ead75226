import EvidentAnalysis
import EvidentCoding
import EvidentModel
import Testing

@testable import EvidentReport

/// The bounded quote pool against every candidate: on candidates drawn so that respondents and
/// texts repeat a great deal (the hard case for "one quote per respondent, never the same words
/// twice"), the quotes chosen from the pool are those chosen from all candidates — whatever the
/// order the candidates are offered in, and however they are split between workers' pools and
/// merged (batch sizes, thread counts).
@Suite("Quote pool")
struct QuotePoolTests {
    static let codebook = Codebook(name: "c", themes: [Code(id: "theme", label: "Theme", codes: [])])

    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func candidates(count: Int, random: inout Generator) -> [QuoteCandidate] {
        (0..<count).map { index in
            let dataset = ["a", "b", "c"][Int.random(in: 0..<3, using: &random)]
            let respondent = "r\(Int.random(in: 0..<12, using: &random))"
            // Texts repeat across respondents and data sets, sometimes differing only in case.
            let text = ["Our worker listened", "our worker listened!", "Nothing", "She helped", "The plan worked", "Calm now",
                        "Housing sorted", "Money advice", "Waiting lists", "Trust", "Every week", "A routine"][
                Int.random(in: 0..<12, using: &random)]
            let segment = CodedSegment(
                dataset: dataset, respondent: respondent, question: "q", segmentIndex: index, start: 0, end: text.count,
                codeID: "theme", matches: [])
            return QuoteCandidate(
                segment: segment, text: text,
                fit: QuoteFit.Fit(specificity: Int.random(in: 1...4, using: &random), patterns: Int.random(in: 1...3, using: &random)),
                order: random.next(), band: Int.random(in: 0...2, using: &random), pinned: Int.random(in: 0..<15, using: &random) == 0,
                respondent: Respondent(id: respondent, line: 1, attributes: [], values: [], answers: [], status: .complete))
        }
    }

    static func chosen(_ pool: QuotePool, limit: Int) -> [String] {
        let datasets = ["a", "b", "c"].map { id in
            Dataset(
                id: id, kind: .practitionerSurvey, wave: nil, file: id, format: .csv, encoding: "utf-8", sha256: "", invited: nil,
                attributes: [], items: [], questions: [], respondents: [], accounting: Accounting(), rejections: [], diagnostics: [])
        }
        var results = StudyResults(
            spec: StudySpec(title: "t", quotesPerTheme: limit, datasets: [], scales: [:], manifestPath: "study.yaml"),
            codebook: codebook, datasets: datasets, segmentCount: 0, items: [], composites: [], rankings: [], changes: [],
            themes: [], breakdowns: [], coOccurrence: nil, coverage: [], suppression: Suppression(threshold: 5))
        results.quoteMaterial = QuoteMaterial(pool: pool, attributeValues: [:], personalDetails: [])
        return QuoteSelection.select(results, perCode: limit, attribution: QuoteAttribution(datasets, suppressBelow: 1)) { text, _ in text }
            .map { "\($0.dataset) \($0.respondent) \($0.text)" }
    }

    @Test("the pool chooses as every candidate does, in any order and any split", arguments: 1...5)
    func sameQuotes(limit: Int) {
        var random = Generator(state: UInt64(limit) * 7919)
        for _ in 0..<40 {
            let all = Self.candidates(count: Int.random(in: 1...400, using: &random), random: &random)
            var everything = QuotePool(depth: nil)
            for candidate in all { everything.offer(candidate, code: 0) }
            let expected = Self.chosen(everything, limit: limit)
            #expect(expected.count <= limit)

            var bounded = QuotePool(depth: QuotePool.Depth(quotes: limit))
            for candidate in all.shuffled(using: &random) { bounded.offer(candidate, code: 0) }
            #expect(Self.chosen(bounded, limit: limit) == expected)
            #expect(bounded.count <= 3 * 4 * limit * limit + 3, "a queue keeps about 4·quotes² candidates")

            let parts = Int.random(in: 2...6, using: &random)
            var pools = (0..<parts).map { _ in QuotePool(depth: QuotePool.Depth(quotes: limit)) }
            for candidate in all { pools[Int.random(in: 0..<parts, using: &random)].offer(candidate, code: 0) }
            var merged = QuotePool(depth: QuotePool.Depth(quotes: limit))
            for pool in pools.shuffled(using: &random) { merged.merge(pool) }
            #expect(Self.chosen(merged, limit: limit) == expected)
        }
    }

    @Test("texts blocked by other codes' choices are provided for by a deeper pool")
    func foreignTexts() {
        var random = Generator(state: 99)
        let all = Self.candidates(count: 300, random: &random)
        var deep = QuotePool(depth: QuotePool.Depth(quotes: 2, foreignTexts: 3))
        var shallow = QuotePool(depth: QuotePool.Depth(quotes: 2))
        for candidate in all {
            deep.offer(candidate, code: 0)
            shallow.offer(candidate, code: 0)
        }
        #expect(deep.count > shallow.count)
    }
}
