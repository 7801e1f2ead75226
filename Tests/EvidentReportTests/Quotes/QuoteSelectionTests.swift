import EvidentAnalysis
import EvidentCoding
import EvidentModel
import Testing

@testable import EvidentReport

@Suite("Quote selection")
struct QuoteSelectionTests {
    static let codebook = Codebook(name: "c", themes: [
        Code(id: "help", label: "Help", codes: [Code(id: "worker", label: "Worker", patterns: [PatternSource("worker")])]),
    ])

    /// Ten respondents in each of two data sets, each saying something about their worker.
    func results() throws -> StudyResults {
        func dataset(_ id: String, kind: DatasetKind, role: String) -> Dataset {
            let respondents = (1...10).map { index in
                Respondent(
                    id: "\(id)-\(index)", line: index + 1, attributes: [role], values: [],
                    answers: ["My worker \(String(repeating: "really ", count: index)) listened to us every single week."],
                    status: .complete
                )
            }
            return Dataset(
                id: id, kind: kind, wave: "2016", file: "\(id).csv", format: .csv, encoding: "utf-8", sha256: "", invited: nil,
                attributes: ["Role"], items: [], questions: [Question(id: "q", text: "What helped?")], respondents: respondents,
                accounting: Accounting(), rejections: [], diagnostics: []
            )
        }
        let datasets = [dataset("staff", kind: .practitionerSurvey, role: "Family support worker"), dataset("parents", kind: .serviceUserFeedback, role: "Parent/carer")]
        let engine = try CodingEngine(codebook: Self.codebook)
        let segments = CodingRun.code(datasets, with: engine)
        let spec = StudySpec(title: "t", quotesPerTheme: 3, datasets: [], scales: [:], manifestPath: "study.yaml")
        return StudyAnalysis.analyse(spec: spec, codebook: Self.codebook, engine: engine, datasets: datasets, segments: segments)
    }

    func select(_ results: StudyResults) -> [Quote] {
        QuoteSelection.select(results, perCode: 3, attribution: QuoteAttribution(results.datasets, suppressBelow: 5)) { text, _ in text }
    }

    @Test("the same results give the same quotes, spread across data sets, one per respondent per code")
    func deterministicAndSpread() throws {
        let results = try results()
        let first = select(results)
        #expect(first == select(results))
        for code in ["help", "worker"] {
            let quotes = first.filter { $0.codeID == code }
            #expect(quotes.count == 3)
            #expect(Set(quotes.map(\.respondent)).count == 3)
            #expect(Set(quotes.map(\.dataset)) == ["staff", "parents"])
        }
        #expect(first.allSatisfy { $0.attribution == "Family support worker, 2016" || $0.attribution == "Parent/carer, closure feedback 2016" })
    }

    @Test("long segments are cut at a word boundary with an ellipsis; short ones are kept whole")
    func trimming() {
        let long = String(repeating: "word ", count: 100)
        let trimmed = QuoteSelection.trimmed(long)
        #expect(trimmed.hasSuffix("…"))
        #expect(trimmed.count <= QuoteSelection.maximumLength + 1)
        #expect(!trimmed.dropLast().hasSuffix(" "))
        #expect(QuoteSelection.trimmed("Short and whole.") == "Short and whole.")
    }

    @Test("segments are cut from answers by Unicode scalar offsets, emoji included")
    func scalarOffsets() {
        let answer = "👩🏽‍👧 Mum’s worker helped. Then school."
        // The family emoji is 4 scalars plus a space: "Mum" starts at scalar 5.
        var texts = SegmentTexts()
        #expect(texts.text(of: Self.segment(start: 5, end: 24), in: answer) == "Mum’s worker helped")
        #expect(texts.text(of: Self.segment(start: 30, end: 99), in: answer) == "")
    }

    static func segment(start: Int, end: Int, question: String = "q") -> CodedSegment {
        CodedSegment(dataset: "d", respondent: "r", question: question, segmentIndex: 0, start: start, end: end, codeID: "c", matches: [])
    }

    @Test("segments of a 1 MiB answer are cut in linear work: one walk of the answer, then under 256 steps a segment plus its length (defect 2)")
    func linearExtraction() {
        // 1 MiB of sentences of 64 scalars, some with two-byte letters, each one a segment:
        // walking from the answer's start for each took 15,900 × 500,000 steps (8 × 10⁹), 2,000
        // times the bound checked here (the time is measured in Benchmarks/Hostile).
        let sentence = "Mum’s worker helped us a lot, and school is better now. Thanks!! "
        let answer = String(repeating: sentence, count: (1 << 20) / sentence.utf8.count)
        let length = answer.unicodeScalars.count
        let perSentence = sentence.unicodeScalars.count
        var texts = SegmentTexts()
        var cut = 0
        for start in stride(from: 0, to: length, by: perSentence) {
            let text = texts.text(of: Self.segment(start: start, end: start + perSentence - 1), in: answer)
            if text == String(sentence.dropLast()) { cut += 1 }
        }
        #expect(cut == length / perSentence)
        let segments = length / perSentence
        #expect(texts.steps <= 2 * length + segments * SegmentTexts.stride, "\(texts.steps) steps for \(length) scalars")
    }
}
