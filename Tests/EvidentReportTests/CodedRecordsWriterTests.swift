import EvidentCoding
import EvidentModel
import Testing

@testable import EvidentReport

@Suite("coded_segments.csv from flat records: the same bytes as from CodedSegments")
struct CodedRecordsWriterTests {
    /// A codebook reaching every part of a row: a NEAR pattern with a quoted phrase (its matches
    /// cell needs quotes), wildcards, several matches in one segment, an exclusion, a negated
    /// match, a code restricted to one data set, and a nested code.
    static let codebook = Codebook(name: "t", options: CodingOptions(), themes: [
        Code(id: "support", label: "Support", patterns: [
            PatternSource("\"key worker\" NEAR/3 trust"), PatternSource("support*"), PatternSource("listened"),
        ], exclude: [PatternSource("child support agency")], codes: [
            Code(id: "=formula", label: "Formula-looking id", patterns: [PatternSource("help")]),
        ]),
        Code(id: "waiting", label: "Waiting", patterns: [PatternSource("waiting list"), PatternSource("wait*")],
             appliesTo: ["feedback"]),
    ])

    static let answers: [(dataset: String, kind: DatasetKind, respondent: String, question: String, text: String)] = [
        ("practitioners", .practitionerSurvey, "R1", "What helped, \"really\"?",
         "Our key worker built trust quickly. She listened and was supportive, supporting us. Help came."),
        ("practitioners", .practitionerSurvey, "=cmd|' /C calc'!A0", "Q2",
         "The child support agency was no help. We were not supported. Waiting list."),
        ("feedback", .serviceUserFeedback, "R2", " Anything else? ",
         "Waiting was hard — 3.5 months. Dr. Smith listened 😊 and the key worker earned our trust, support too."),
        ("feedback", .serviceUserFeedback, "R3", "Q", ""),
    ]

    @Test("rows from records equal rows from segments, on every answer")
    func sameBytes() throws {
        let engine = try CodingEngine(codebook: Self.codebook)
        let writer = CodedRecordsWriter(engine: engine)
        var fromSegments = ByteBuffer(capacity: 1)
        var fromRecords = ByteBuffer(capacity: 1)
        var records = CodedRecords()
        var scratch = CodingScratch()
        var rendering = CodedRecordsWriter.Scratch()
        var rows = 0
        for answer in Self.answers {
            let segments = engine.code(
                answer.text, dataset: answer.dataset, kind: answer.kind, respondent: answer.respondent,
                question: answer.question)
            rows += segments.count
            CodedSegmentsTable.append(segments, to: &fromSegments)
            records.removeAll()
            engine.code(answer.text, dataset: answer.dataset, kind: answer.kind, into: &records, using: &scratch)
            #expect(records.segments.count == segments.count)
            writer.append(
                records, dataset: answer.dataset, respondent: answer.respondent, question: answer.question,
                to: &fromRecords, scratch: &rendering)
        }
        // By hand: R1 codes three sentences (NEAR; listened and two support*; help under
        // =formula); the second answer codes nothing (an exclusion, two negations, and waiting
        // applies to feedback only); R2 codes two (wait*; listened, NEAR, support*); R3 is empty.
        #expect(rows == 5)
        let text = String(decoding: fromRecords.array, as: UTF8.self)
        #expect(text == String(decoding: fromSegments.array, as: UTF8.self))
        #expect(text.contains("\"\"\"key worker\"\" NEAR/3 trust@"), "a quoted pattern is quoted and doubled")
        #expect(text.contains(",'=formula,"), "a code id that looks like a formula is neutralised")
    }
}
