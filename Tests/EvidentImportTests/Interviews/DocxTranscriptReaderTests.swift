import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Word transcripts: paragraphs, bold speaker names, what is left out, and the files refused.
@Suite("Transcripts: Word documents")
struct DocxTranscriptReaderTests {
    typealias F = InterviewFixtures

    static func read(_ bytes: [UInt8]) throws -> TranscriptSource {
        let folder = try TemporaryDirectory()
        let path = try folder.write("t.docx", bytes: bytes)
        return try DocxTranscriptReader.read(path: path, bytes: bytes, file: "t.docx", limit: 1 << 20, options: .init()).source
    }

    static func turns(_ source: TranscriptSource) -> [String] {
        TurnSplitter(rules: SpeakerRules(interviewers: InterviewLoader.defaultInterviewers)).split(source, file: "t.docx").turns
            .map { "\($0.speaker)|\($0.role.rawValue)|\($0.text)" }
    }

    @Test("paragraphs joined with a line break; bold names start turns, with or without a colon")
    func boldNames() throws {
        let body = [
            F.paragraph([("Interview with parent NM-P04", true)]),
            F.paragraph([]),
            F.turn("Interviewer:", "How did you first hear about early help?"),
            F.paragraph([("Sarah", true), (": Through the school, the SENCO rang me.", false)]),
            F.turn("Interviewer", "And what happened then?"),
            F.turn("Sarah", "She came round."),
            F.paragraph([("Never", true), (" had anyone come round before.", false)]),
        ].joined()
        let source = try Self.read(try F.docx(F.document(body)))
        #expect(source.text == """
            Interview with parent NM-P04

            Interviewer: How did you first hear about early help?
            Sarah: Through the school, the SENCO rang me.
            Interviewer And what happened then?
            Sarah She came round.
            Never had anyone come round before.
            """)
        #expect(Self.turns(source) == [
            "Interviewer|interviewer|How did you first hear about early help?",
            "Sarah|participant|Through the school, the SENCO rang me.",
            "Interviewer|interviewer|And what happened then?",
            "Sarah|participant|She came round.\nNever had anyone come round before.",
        ])
        #expect(source.emphasis.first == 0..<28)
    }

    @Test("tables, comments, deleted text and text boxes are left out; tabs and breaks kept")
    func leftOut() throws {
        let table = "<w:tbl><w:tr><w:tc>\(F.turn("Parent:", "in a table"))</w:tc></w:tr></w:tbl>"
        let commented = """
            <w:p><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:b/></w:rPr><w:t>Parent:</w:t></w:r>\
            <w:r><w:t xml:space="preserve"> Yes</w:t></w:r><w:del w:id="1" w:author="T"><w:r><w:delText>, deleted</w:delText></w:r></w:del>\
            <w:r><w:tab/><w:t>then</w:t><w:br/><w:t>more</w:t></w:r><w:commentRangeEnd w:id="0"/>\
            <w:r><w:commentReference w:id="0"/></w:r></w:p>
            """
        let textBox = """
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\(F.turn("Parent:", "in a box"))</w:txbxContent>\
            </w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>\(F.turn("Parent:", "in a fallback"))</w:txbxContent></w:pict>\
            </mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Interviewer: OK.</w:t></w:r></w:p>
            """
        let comments = """
            <?xml version="1.0"?><w:comments xmlns:w="\(F.wordNamespace)"><w:comment w:id="0">\(F.turn("Parent:", "a comment"))</w:comment></w:comments>
            """
        let source = try Self.read(try F.docx(F.document(F.turn("Interviewer:", "Hello.") + table + commented + textBox), comments: comments))
        #expect(source.text == "Interviewer: Hello.\nParent: Yes\tthen\nmore\nInterviewer: OK.")
        #expect(Self.turns(source) == [
            "Interviewer|interviewer|Hello.", "Parent|participant|Yes\tthen\nmore", "Interviewer|interviewer|OK.",
        ])
    }

    @Test("bold turned off (w:val=\"0\") is not bold; the Strong character style is")
    func boldValues() throws {
        let off = "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Kirsty</w:t></w:r><w:r><w:t xml:space=\"preserve\"> went.</w:t></w:r></w:p>"
        let strong = "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Kirsty:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> Yes.</w:t></w:r></w:p>"
        let source = try Self.read(try F.docx(F.document(F.turn("Interviewer:", "Who went?") + off + strong)))
        #expect(source.emphasis.count == 2)
        #expect(Self.turns(source) == ["Interviewer|interviewer|Who went?\nKirsty went.", "Kirsty|participant|Yes."])
    }

    @Test("a second word/document.xml, in any case, is refused: Word and Python would read different documents (defect 7)")
    func duplicateDocumentPart() throws {
        var builder = ZipBuilder()
        builder.add("[Content_Types].xml", F.contentTypes)
        builder.add("word/document.xml", "<w:document/>")
        builder.add("word/Document.xml", "<w:document/>")
        #expect(throws: ZipRefusal.duplicate("t.docx", "word/document.xml", "word/Document.xml")) {
            _ = try Self.read(builder.bytes())
        }
    }
}
