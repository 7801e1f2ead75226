import EvidentAnalysis
import EvidentCoding
import EvidentModel
import Testing

@testable import EvidentReport

/// Quote selection's fit rules, pins, exclusions and consent, on a study where every sentence
/// matches two sibling codes, one more specifically than the other.
@Suite("Quote selection: fit, pins and consent")
struct QuoteFitSelectionTests {
    static let codebook = Codebook(name: "c", themes: [
        Code(id: "help", label: "Help", codes: [
            Code(id: "worker", label: "Worker", patterns: [PatternSource("worker*")]),
            Code(id: "key-worker", label: "Family support worker", patterns: [PatternSource("family support worker")]),
        ]),
    ])

    func results(pin: [String] = [], exclude: [String] = [], withheld: Set<Int> = []) throws -> StudyResults {
        let respondents = (1...8).map { index in
            var respondent = Respondent(
                id: "\(index)", line: index + 1, attributes: ["Parent"], values: [],
                answers: ["Our family support worker came \(index) times a week and really listened to us."], status: .complete)
            if withheld.contains(index) { respondent.consent = .withheld }
            return respondent
        }
        let dataset = Dataset(
            id: "parents", kind: .serviceUserFeedback, wave: "2016", file: "parents.csv", format: .csv, encoding: "utf-8", sha256: "",
            invited: nil, attributes: ["Role"], items: [], questions: [Question(id: "q", text: "What helped?")], respondents: respondents,
            accounting: Accounting(), rejections: [], diagnostics: [])
        let engine = try CodingEngine(codebook: Self.codebook)
        let segments = CodingRun.code([dataset], with: engine)
        var spec = StudySpec(title: "t", quotesPerTheme: 3, datasets: [], scales: [:], manifestPath: "study.yaml")
        spec.pinnedQuotes = pin
        spec.excludedQuotes = exclude
        return StudyAnalysis.analyse(spec: spec, codebook: Self.codebook, engine: engine, datasets: [dataset], segments: segments)
    }

    func select(_ results: StudyResults) -> [Quote] {
        QuoteSelection.select(results, perCode: 3, attribution: QuoteAttribution(results.datasets, suppressBelow: 5)) { text, _ in text }
    }

    static func reference(_ respondent: Int) -> String {
        QuoteReference(dataset: "parents", respondent: "\(respondent)", question: "q", segment: 0).description
    }

    @Test("a sentence is quoted only under the code it fits best and that code's theme")
    func bestFitOnly() throws {
        let quotes = select(try results())
        #expect(quotes.filter { $0.codeID == "worker" }.isEmpty)
        #expect(quotes.filter { $0.codeID == "key-worker" }.count == 3)
        #expect(quotes.filter { $0.codeID == "help" }.count == 3)
        #expect(quotes.allSatisfy { $0.reference == Self.reference(Int($0.respondent) ?? 0) })
    }

    @Test("a pinned quote comes first; an excluded one never appears")
    func pinsAndExclusions() throws {
        let plain = select(try results()).filter { $0.codeID == "key-worker" }
        let unchosen = try #require((1...8).first { number in !plain.contains { $0.respondent == "\(number)" } })
        let excluded = try #require(plain.first?.respondent)
        let quotes = select(try results(pin: [Self.reference(unchosen)], exclude: [Self.reference(Int(excluded) ?? 0)]))
        let shown = quotes.filter { $0.codeID == "key-worker" }
        #expect(shown.count == 3)
        #expect(shown.first?.respondent == "\(unchosen)")
        #expect(!quotes.contains { $0.respondent == excluded })
    }

    @Test("respondents whose consent is withheld are never quoted")
    func consent() throws {
        let quotes = select(try results(withheld: Set(1...6)))
        #expect(Set(quotes.map(\.respondent)) == ["7", "8"])
    }
}
