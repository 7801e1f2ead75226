import Testing
@testable import EvidentImport

@Suite("Survey source layout")
struct SurveySourceLayoutTests {
    @Test("answers after [id] headers, blank answers left out, offsets in Unicode scalars")
    func layout() {
        let layout = SurveySourceLayout(answers: [("1", "Café 👩🏽‍⚕️ visit"), ("2", "  "), ("3", "Two\nlines")])
        #expect(layout.text == "[1] Café 👩🏽‍⚕️ visit\n\n[3] Two\nlines\n\n")
        // "Café " is 5 scalars, the emoji with skin tone and ZWJ sequence 5, " visit" 6: 16 in all.
        #expect(layout.answers.map { [$0.headerStart, $0.start, $0.end] } == [[0, 4, 20], [22, 26, 35]])
        #expect(layout.answers.map(\.respondent) == ["1", "3"])
    }

    @Test("parsing finds the same answers, and only headers of known respondents after a blank line")
    func parsing() {
        let built = SurveySourceLayout(answers: [("10", "First [10] not a header"), ("11", "Second\n\n[99] still second")])
        let parsed = SurveySourceLayout(parsing: built.text, respondents: ["10", "11"])
        #expect(parsed.answers == built.answers)
        let edited = "Preamble a tool added\n\n" + built.text
        let shifted = SurveySourceLayout(parsing: edited, respondents: ["10", "11"])
        #expect(shifted.answers.map { $0.start - built.answers[0].start } == [23, 23 + built.answers[1].start - built.answers[0].start])
    }

    @Test("a selection maps to every answer it overlaps, clamped to each; outside every answer, to none")
    func overlap() {
        let layout = SurveySourceLayout(answers: [("a", "12345"), ("b", "67890")])
        // "[a] 12345\n\n[b] 67890\n\n": a at 4..<9, b at 15..<20.
        #expect(layout.answers(overlapping: 5, 7).map { "\($0.answer.respondent) \($0.start)-\($0.end)" } == ["a 1-3"])
        #expect(layout.answers(overlapping: 6, 17).map { "\($0.answer.respondent) \($0.start)-\($0.end)" } == ["a 2-5", "b 0-2"])
        #expect(layout.answers(overlapping: 11, 13).map { "\($0.answer.respondent) \($0.start)-\($0.end)" } == ["b 0-0"])
        #expect(SurveySourceLayout(parsing: "no headers here", respondents: ["a"]).answers(overlapping: 0, 3).isEmpty)
    }

    @Test("source names: safe as file names, mapped back by data set and number", arguments: [
        ("What would help?", "ds-1 Q3 What would help"),
        ("Why / how: \"quoted\" <b>", "ds-1 Q3 Why how quoted b"),
    ])
    func names(question: String, name: String) {
        #expect(SurveySourceLayout.sourceName(dataset: "ds-1", number: 3, question: question) == name)
        #expect(SurveySourceLayout.parseSourceName(name, datasets: ["ds", "ds-1"])?.dataset == "ds-1")
        #expect(SurveySourceLayout.parseSourceName(name, datasets: ["ds", "ds-1"])?.number == 3)
        #expect(SurveySourceLayout.parseSourceName("ds-1 Q3x", datasets: ["ds-1"]) == nil)
    }
}
