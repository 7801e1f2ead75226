import EvidentCoding
import EvidentModel
import Testing

@testable import EvidentAnalysis

@Suite("UncodedText: what the codebook misses, per data set")
struct UncodedTextTests {
    /// Four respondents, two questions; respondent 3's first answer is the only one coded by hand.
    static let dataset = Fixtures.dataset("ds", items: [], rows: [[], [], [], []], answers: [
        ["The waiting list for CAMHS was too long. Waiting list times!", "Housing was damp."],
        ["No support with housing; the waiting list was long.", "   "],
        ["My worker listened.", "Step-down to early help was quick, 12 weeks."],
        ["", "Housing housing housing"],
    ])

    static func segment(_ dataset: String, _ respondent: String, _ question: String) -> CodedSegment {
        CodedSegment(
            dataset: dataset, respondent: respondent, question: question, segmentIndex: 0, start: 0, end: 1,
            codeID: "c", matches: [])
    }

    /// `text:answers` for each term.
    func terms(_ list: [UncodedTerm]) -> [String] {
        list.map { "\($0.text):\($0.answers)" }
    }

    @Test("counts, words and phrases by answers holding them, stop words and numbers out, ties alphabetical")
    func summary() throws {
        let segments = [
            Self.segment("ds", "ds-3", "q1"),
            // Another data set's segment for the same respondent and question does not count here.
            Self.segment("other", "ds-2", "q1"),
        ]
        let summaries = UncodedText.summary(datasets: [Self.dataset], segments: segments)
        let summary = try #require(summaries.first)
        #expect(summaries.count == 1)
        #expect(summary.dataset == "ds")
        // Six non-empty answers (a blank and an all-space one are not answers); one coded.
        #expect(summary.answers == 6)
        #expect(summary.uncoded == 5)
        #expect(summary.pctUncoded.map { ($0 * 1000).rounded() / 1000 } == 83.333)
        // `housing` three times in one answer counts once; `worker` is only in the coded answer;
        // `12` is a number; `step-down` is two tokens, `down` is not a stop word here.
        #expect(terms(summary.words) == [
            "housing:3", "list:2", "long:2", "waiting:2", "camhs:1", "damp:1", "down:1", "early:1", "help:1", "quick:1",
            "step:1", "support:1", "times:1", "weeks:1",
        ])
        // No phrase across a sentence end (`long waiting`); a negator may open one (`no support`);
        // a word repeated (`housing housing`) is not a phrase.
        #expect(terms(summary.phrases) == ["waiting list:2", "early help:1", "list times:1", "no support:1", "step down:1"])
    }

    @Test("top limits the lists; minimumAnswers keeps rare terms (a name, a place) out")
    func limits() throws {
        let top = try #require(UncodedText.summary(datasets: [Self.dataset], segments: [], top: 3).first)
        #expect(terms(top.words) == ["housing:3", "list:2", "long:2"])
        #expect(top.uncoded == 6)
        let common = try #require(UncodedText.summary(datasets: [Self.dataset], segments: [], minimumAnswers: 2).first)
        #expect(terms(common.words) == ["housing:3", "list:2", "long:2", "waiting:2"])
        #expect(terms(common.phrases) == ["waiting list:2"])
    }

    @Test("with the coding engine: uncoded answers are exactly those without a coded segment")
    func withEngine() throws {
        let codebook = Codebook(name: "T", themes: [
            Code(id: "waits", label: "Waits", patterns: [PatternSource("waiting list")]),
            Code(id: "housing", label: "Housing", patterns: [PatternSource("housing")]),
        ])
        let engine = try CodingEngine(codebook: codebook)
        let segments = CodingRun.code([Self.dataset], with: engine)
        let summary = try #require(UncodedText.summary(datasets: [Self.dataset], segments: segments).first)
        let coverage = try #require(StudyAnalysis.coverage(datasets: [Self.dataset], segments: segments).first)
        #expect(summary.uncoded == coverage.answers - coverage.coded)
        #expect(summary.uncoded == 2)
        #expect(terms(summary.words) == [
            "down:1", "early:1", "help:1", "listened:1", "quick:1", "step:1", "weeks:1", "worker:1",
        ])
        #expect(terms(summary.phrases) == ["early help:1", "step down:1", "worker listened:1"])
    }

    @Test("a data set without answers: nothing uncoded, no share")
    func empty() throws {
        let dataset = Fixtures.dataset("none", items: [], rows: [[]], answers: [[""]])
        let summary = try #require(UncodedText.summary(datasets: [dataset], segments: []).first)
        #expect(summary == UncodedSummary(dataset: "none", answers: 0, uncoded: 0, words: [], phrases: []))
        #expect(summary.pctUncoded == nil)
    }

    @Test("stop words: function words and contractions out, content words and negators' role kept")
    func stopWords() {
        #expect(StopWords.english.contains("the"))
        #expect(StopWords.english.contains("don't"))
        #expect(StopWords.english.contains("dont"))
        #expect(!StopWords.english.contains("support"))
        #expect(!StopWords.english.contains("down"))
        #expect(StopWords.isContentWord("camhs"))
        #expect(!StopWords.isContentWord("2016"))
        #expect(!StopWords.isContentWord("x"))
        #expect(StopWords.negators.isSubset(of: StopWords.english))
    }
}
