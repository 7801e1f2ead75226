import EvidentModel
import Testing

@testable import EvidentReport

@Suite("coded_segments.csv: the direct renderer writes what the table renders")
struct CodedSegmentsTableTests {
    /// Segments chosen to reach every branch: a question with a comma and quotes (quoted), a
    /// respondent starting with `=` (neutralised), a code id with a leading space, several
    /// matches, negative and multi-digit integers, and runs of segments from the same answer
    /// broken by another answer.
    static let segments: [CodedSegment] = {
        func match(_ pattern: String, _ first: Int, _ last: Int) -> PatternMatch {
            PatternMatch(pattern: pattern, firstToken: first, lastToken: last, start: 0, end: 0)
        }
        return [
            CodedSegment(
                dataset: "practitioners", respondent: "R1", question: "What helped, \"really\"?", segmentIndex: 0,
                start: 0, end: 88, codeID: "t09-c01", matches: [match("hidde*", 7, 7)]
            ),
            CodedSegment(
                dataset: "practitioners", respondent: "R1", question: "What helped, \"really\"?", segmentIndex: 12,
                start: 1_234_567, end: 9_876_543_210, codeID: "t15",
                matches: [match("early help", 0, 1), match("\"key worker\" NEAR/3 trust", 10, 123)]
            ),
            CodedSegment(
                dataset: "practitioners", respondent: "=cmd|' /C calc'!A0", question: "What helped, \"really\"?",
                segmentIndex: 3, start: 5, end: 9, codeID: " spaced", matches: []
            ),
            CodedSegment(
                dataset: "practitioners", respondent: "R1", question: "What helped, \"really\"?", segmentIndex: 1,
                start: -1, end: Int.min, codeID: "café", matches: [match("naïve", 0, 0)]
            ),
        ]
    }()

    @Test("the same bytes as CSVTable.append on each row")
    func sameBytes() {
        var expected: [UInt8] = []
        for segment in Self.segments { CSVTable.append(row: CodedSegmentsTable.row(segment), to: &expected) }
        var direct = ByteBuffer(capacity: 1)
        CodedSegmentsTable.append(Self.segments, to: &direct)
        #expect(String(decoding: direct.array, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test("rows as written by hand")
    func byHand() {
        var direct = ByteBuffer(capacity: 1)
        CodedSegmentsTable.append(Self.segments.prefix(3), to: &direct)
        let expected = """
            practitioners,R1,"What helped, ""really""?",0,0,88,t09-c01,hidde*@7-7\r
            practitioners,R1,"What helped, ""really""?",12,1234567,9876543210,t15,"early help@0-1; ""key worker"" NEAR/3 trust@10-123"\r
            practitioners,'=cmd|' /C calc'!A0,"What helped, ""really""?",3,5,9," spaced",\r

            """
        #expect(String(decoding: direct.array, as: UTF8.self) == expected)
    }
}

extension CodedSegmentsTableTests {
    @Test("the whole file as the table renders it")
    func wholeFile() {
        #expect(CodedSegmentsTable.rendered(Self.segments) == CodedSegmentsTable.table(Self.segments).rendered())
        #expect(CodedSegmentsTable.rendered([]) == CodedSegmentsTable.table([]).rendered())
    }
}
