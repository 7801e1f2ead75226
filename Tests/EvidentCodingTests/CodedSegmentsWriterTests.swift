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

    /// Answers to code: `question` is the 0-based place of the answer's question among its data
    /// set's free-text questions.
    static let answers: [(dataset: String, kind: DatasetKind, respondent: String, question: Int, text: String)] = [
        ("practitioners", .practitionerSurvey, "R1", 0,
         "Our key worker built trust quickly. She listened and was supportive, supporting us. Help came."),
        ("practitioners", .practitionerSurvey, "=cmd|' /C calc'!A0", 1,
         "The child support agency was no help. We were not supported. Waiting list."),
        ("feedback", .serviceUserFeedback, "R2", 11,
         "Waiting was hard — 3.5 months. Dr. Smith listened 😊 and the key worker earned our trust, support too."),
        ("feedback", .serviceUserFeedback, "R3", 0, ""),
    ]

    /// The reference: each `CodedSegment` as a row of `CSVTable`, the general CSV writer,
    /// built field by field here rather than by the writer under test; the question named by
    /// the id written by hand (`q` and the 1-based position).
    static func referenceRow(_ segment: CodedSegment, question: String) -> [CSVTable.Cell] {
        [
            .text(segment.dataset), .text(segment.respondent), .text(question), .integer(segment.segmentIndex),
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
                question: "column \(answer.question)")
            rows += segments.count
            for segment in segments {
                CSVTable.append(row: Self.referenceRow(segment, question: "q\(answer.question + 1)"), to: &expected)
            }
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
        #expect(text.contains("practitioners,R1,q1,0,0,35,support,"), "the question is named by its id")
        #expect(text.contains("feedback,R2,q12,0,0,"), "a question past the ninth has a two-digit id")
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
        for segment in direct { CSVTable.append(row: Self.referenceRow(segment, question: "q1"), to: &expected) }
        #expect(run.rows.bytes == expected)
    }

    @Test("questions.csv: each free-text question's id and text, once, quoted and neutralised like every cell")
    func questions() {
        let shape = { (id: String, questions: [Question]) in
            Dataset(
                id: id, kind: .practitionerSurvey, wave: nil, file: "f.csv", format: .csv, encoding: "utf-8", sha256: "",
                invited: nil, attributes: [], items: [], questions: questions, respondents: [], accounting: Accounting(),
                rejections: [], diagnostics: [])
        }
        let datasets = [
            shape("practitioners", [
                Question(id: "What helped, \"really\"?", text: "What helped, \"really\"?"),
                Question(id: "Q2", text: "=1+1 is\u{202E} not a formula"),
            ]),
            shape("no-free-text", []),
            shape("feedback", [Question(id: "comments", text: "Anything else?")]),
        ]
        // Written by hand: the byte order mark, CRLF rows, a cell with a comma or quotes quoted
        // (quotes doubled), a cell starting with = prefixed with ', the override character dropped.
        let expected = "\u{FEFF}dataset,question,position,column,text\r\n"
            + "practitioners,q1,1,\"What helped, \"\"really\"\"?\",\"What helped, \"\"really\"\"?\"\r\n"
            + "practitioners,q2,2,Q2,'=1+1 is not a formula\r\n"
            + "feedback,q1,1,comments,Anything else?\r\n"
        #expect(String(decoding: CodedSegmentsWriter.questionsBytes(datasets), as: UTF8.self) == expected)
        #expect(CodedSegmentsWriter.questionsBytes([]) == CodedSegmentsWriter.questionsHeaderBytes)
    }
}
