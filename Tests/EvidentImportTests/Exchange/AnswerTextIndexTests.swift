import EvidentModel
import Testing
@testable import EvidentImport

@Suite("Selections matched to answers by their text")
struct AnswerTextIndexTests {
    static let index = AnswerTextIndex(datasets: [
        ExchangeFixtures.dataset(answers: [
            ("R1", ["The worker listened to us.\r\nWe felt heard.", "Waiting lists"]),
            ("R2", ["No", "Money was tight all winter"]),
            ("R3", ["No", "Nothing"]),
        ]),
    ])

    /// The match for the first occurrence of `selected` in `document`.
    static func match(_ selected: String, in document: String) -> AnswerTextIndex.Match {
        let scalars = Array(document.unicodeScalars)
        let needle = Array(selected.unicodeScalars)
        let start = AnswerTextIndex.firstIndex(of: needle, in: scalars) ?? 0
        return index.match(start, start + needle.count, in: scalars)
    }

    static func found(_ respondent: String, _ question: String, _ start: Int, _ end: Int) -> AnswerTextIndex.Match {
        .found(.init(dataset: "ds", respondent: respondent, question: question, start: start, end: end))
    }

    @Test("a whole answer, even when the document wraps it differently (offsets in the answer as read)")
    func whole() {
        #expect(Self.match("The worker listened to us.\nWe felt heard.", in: "Comments\nThe worker listened to us.\nWe felt heard.\n") == Self.found("R1", "What helped?", 0, 42))
    }

    @Test("part of a line: the answer that is the whole line, offsets of the part")
    func part() {
        #expect(Self.match("tight", in: "Money was tight all winter\r\nNo\r\n") == Self.found("R2", "What got in the way?", 10, 15))
    }

    @Test("a text many answered is told apart by its line, or reported as ambiguous")
    func ambiguous() {
        #expect(Self.match("No", in: "No\nNothing") == .several(2))
        #expect(Self.match("Nothing", in: "x\nNothing\n") == Self.found("R3", "What got in the way?", 0, 7))
    }

    @Test("a text in no answer")
    func missing() {
        #expect(Self.match("the school bus", in: "We took the school bus.") == .none)
    }
}
