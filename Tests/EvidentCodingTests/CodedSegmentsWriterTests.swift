import EvidentCoding
import EvidentFormats
import EvidentModel
import Testing

@Suite("coded_segments.csv: the one writer, from the engine's records")
struct CodedSegmentsWriterTests {
    /// A codebook reaching every part of a row: a NEAR pattern with a quoted phrase (its matches
    /// cell needs quotes), wildcards, several matches in one segment, an exclusion, a negated
    /// match, a code restricted to one data set, and a nested code whose id looks like a formula.
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

    /// The reference: each `CodedSegment` as a row of `CSVTable`, the general CSV writer,
    /// built field by field here rather than by the writer under test.
    static func referenceRow(_ segment: CodedSegment) -> [CSVTable.Cell] {
        [
            .text(segment.dataset), .text(segment.respondent), .text(segment.question), .integer(segment.segmentIndex),
            .integer(segment.start), .integer(segment.end), .text(segment.codeID),
            .text(segment.matches.map { "\($0.pattern)@\($0.firstToken)-\($0.lastToken)" }.joined(separator: "; ")),
        ]
    }

    @Test("rows from records are the rows CSVTable writes for the same segments")
    func sameBytes() throws {
        let engine = try CodingEngine(codebook: Self.codebook)
        let writer = CodedSegmentsWriter(engine: engine)
        var expected: [UInt8] = []
        var written = ByteBuffer(capacity: 1)
        var records = CodedRecords()
        var scratch = CodingScratch()
        var rendering = CodedSegmentsWriter.Scratch()
        var rows = 0
        for answer in Self.answers {
            let segments = engine.code(
                answer.text, dataset: answer.dataset, kind: answer.kind, respondent: answer.respondent,
                question: answer.question)
            rows += segments.count
            for segment in segments { CSVTable.append(row: Self.referenceRow(segment), to: &expected) }
            records.removeAll()
            engine.code(answer.text, dataset: answer.dataset, kind: answer.kind, into: &records, using: &scratch)
            #expect(records.segments.count == segments.count)
            writer.append(
                records, dataset: answer.dataset, respondent: answer.respondent, question: answer.question,
                to: &written, scratch: &rendering)
        }
        // By hand: R1 codes three sentences (NEAR; listened and two support*; help under
        // =formula); the second answer codes nothing (an exclusion, two negations, and waiting
        // applies to feedback only); R2 codes two (wait*; listened, NEAR, support*); R3 is empty.
        #expect(rows == 5)
        let text = String(decoding: written.array, as: UTF8.self)
        #expect(text == String(decoding: expected, as: UTF8.self))
        #expect(text.contains("\"\"\"key worker\"\" NEAR/3 trust@"), "a quoted pattern is quoted and doubled")
        #expect(text.contains(",'=formula,"), "a code id that looks like a formula is neutralised")
        #expect(text.contains("practitioners,R1,\"What helped, \"\"really\"\"?\",0,0,35,support,"), "a question with a comma and quotes is quoted")
    }

    @Test("the header: a byte order mark, then the columns, CRLF")
    func header() {
        #expect(CodedSegmentsWriter.headerBytes == [0xEF, 0xBB, 0xBF] + Array("dataset,respondent,question,segment_index,start,end,code_id,matches\r\n".utf8))
    }

    @Test("a report's coding run gives the segments the engine gives, and their rows")
    func codeAndRender() throws {
        let engine = try CodingEngine(codebook: Self.codebook)
        let respondents = Self.answers.enumerated().map { index, answer in
            Respondent(id: "R\(index)", line: index + 2, attributes: [], values: [], answers: [answer.text], status: .complete)
        }
        let dataset = Dataset(
            id: "feedback", kind: .serviceUserFeedback, wave: nil, file: "f.csv", format: .csv, encoding: "utf-8", sha256: "",
            invited: nil, attributes: [], items: [], questions: [Question(id: "Q", text: "Q")], respondents: respondents,
            accounting: Accounting(), rejections: [], diagnostics: []
        )
        let run = CodingRun.codeAndRender([dataset], with: engine)
        let direct = dataset.respondents.flatMap { respondent in
            engine.code(respondent.answers[0], dataset: "feedback", kind: .serviceUserFeedback, respondent: respondent.id, question: "Q")
        }
        #expect(run.segments == direct)
        var expected = CodedSegmentsWriter.headerBytes
        for segment in direct { CSVTable.append(row: Self.referenceRow(segment), to: &expected) }
        #expect(run.rows.bytes == expected)
    }
}
