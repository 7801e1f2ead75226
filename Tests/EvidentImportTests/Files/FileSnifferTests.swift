import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Knowing a file before parsing it: each kind told from its bytes, whatever its name.
@Suite("What a file is")
struct FileSnifferTests {
    @Test("real files of each kind", arguments: [
        ("google-sheets-hotdog-sp24.xlsx", FileKind.workbook), ("qualcoder-survey789.xlsx", .workbook),
        ("qualcoder-ID1.docx", .wordDocument), ("qualcoder-transcript.txt", .text), ("msforms-hotdog-fa24.csv", .delimited),
        ("limesurvey-codes-name-face.csv", .delimited), ("qualtrics-legacy-no-basis.csv", .delimited),
        ("odk-transportation/transport_2011-07-25_19-05-36.xml", .xml(.odkSubmission)), ("odk-transportation", .folder),
        ("taguette-1.4.1.qdc", .xml(.refiCodebook)), ("atlasti-win23.2-codebook.qdpx", .refiProject),
    ])
    func real(_ name: String, _ kind: FileKind) {
        #expect(FileSniffer.kind(of: RealFiles.path(name)) == kind)
    }

    @Test("by content, not by name: a workbook named .csv, a CSV named .txt, a transcript named .csv")
    func names() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: RealFiles.path("qualcoder-survey789.xlsx"), toPath: folder.path + "/export.csv")
        #expect(FileSniffer.kind(of: folder.path + "/export.csv") == .workbook)
        let tab = try folder.write("unicode.txt", "ID\tRole\tConfidence\n1\tSocial worker\t70\n2\tFamily worker\t80\n")
        #expect(FileSniffer.kind(of: tab) == .delimited)
        let turns = try folder.write("interview.csv", "Interviewer: How was it, then?\nParent: Better, thanks, much better.\nInterviewer: Why?\nParent: She listened.\n")
        #expect(FileSniffer.kind(of: turns) == .text)
    }

    @Test("other formats: empty, OLE (.xls / protected), PDF, zips of other kinds, XML roots")
    func others() throws {
        let folder = try TemporaryDirectory()
        #expect(FileSniffer.kind(of: try folder.write("empty.csv", "")) == .empty)
        let ole = DocxTranscriptReader.oleSignature + [UInt8](repeating: 0, count: 100)
        #expect(FileSniffer.kind(of: try folder.write("old.xls", bytes: ole)) == .legacyOffice(encrypted: false))
        let protected = ole + "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(FileSniffer.kind(of: try folder.write("locked.xlsx", bytes: protected)) == .legacyOffice(encrypted: true))
        #expect(FileSniffer.kind(of: try folder.write("a.pdf", "%PDF-1.7\n")) == .pdf)
        var lsa = ZipBuilder()
        lsa.add("survey_123.lss", "<document/>")
        lsa.add("survey_123_responses.lsr", "<document/>")
        #expect(FileSniffer.kind(of: try folder.write("survey.lsa", bytes: lsa.bytes())) == .limeSurveyArchive)
        var ods = ZipBuilder()
        ods.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", deflate: false)
        #expect(FileSniffer.kind(of: try folder.write("a.ods", bytes: ods.bytes())) == .openDocument("ods"))
        var plain = ZipBuilder()
        plain.add("notes.txt", "hello")
        #expect(FileSniffer.kind(of: try folder.write("a.zip", bytes: plain.bytes())) == .zip)
        let lime = try folder.write("s.lss", "<?xml version=\"1.0\"?><document><LimeSurveyDocType>Survey</LimeSurveyDocType></document>")
        #expect(FileSniffer.kind(of: lime) == .xml(.limeSurvey))
        let form = try folder.write("form.xml", "<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:head/></h:html>")
        #expect(FileSniffer.kind(of: form) == .xml(.formDefinition))
        let qualtrics = try folder.write("r.xml", "<Responses><Response><QID1>1</QID1></Response></Responses>")
        #expect(FileSniffer.kind(of: qualtrics) == .xml(.qualtricsResponses))
    }

    @Test("a table is opened by what it is; anything else refused saying what it is and what to do")
    func tabular() throws {
        let folder = try TemporaryDirectory()
        let pdf = try folder.write("responses.csv", "%PDF-1.7\n")
        #expect(throws: InputError(
            "the file is a PDF, not a table of responses", at: SourceLocation(file: "responses.csv"),
            help: "download the responses themselves (CSV or .xlsx) from the survey tool"
        )) {
            try TabularFile.open(pdf, file: "responses.csv")
        }
        let ole = try folder.write("old.xls", bytes: DocxTranscriptReader.oleSignature + [UInt8](repeating: 0, count: 64))
        #expect(throws: InputError(
            "the file is an Office 97–2003 file (.xls or .doc), which Evident cannot read", at: SourceLocation(file: "old.xls"),
            help: "open it in Excel or LibreOffice and save it as .xlsx or CSV UTF-8"
        )) {
            try TabularFile.open(ole, file: "old.xls")
        }
        #expect(try TabularFile.open(RealFiles.path("qualcoder-survey789.xlsx"), file: "x").encodingName == "xlsx")
    }
}
