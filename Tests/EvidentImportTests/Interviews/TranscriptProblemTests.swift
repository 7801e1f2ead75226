import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Transcripts that cannot be used are reported by file with what to do, and the others load.
@Suite("Transcripts: files refused")
struct TranscriptProblemTests {
    typealias F = InterviewFixtures

    /// An OLE compound file's signature, then a directory entry naming `stream` in UTF-16LE.
    static func ole(naming stream: String) -> [UInt8] {
        DocxTranscriptReader.oleSignature + [UInt8](repeating: 0, count: 504) + stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            + [UInt8](repeating: 0, count: 64)
    }

    static let help = "open it in Word and save it as Word Document (.docx) or Plain Text (.txt), then run again"

    @Test("each unusable transcript is rejected with its message; the good ones load (one voice too); the accounting balances")
    func refusals() throws {
        let folder = try TemporaryDirectory()
        let good = "Interviewer: Hello.\nParent: Hiya."
        let entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY a \"b\">]>\n<w:document xmlns:w=\"\(F.wordNamespace)\"/>"
        let files: [(String, [UInt8])] = [
            ("P01.txt", Array(good.utf8)),
            ("P02.docx", Self.ole(naming: "EncryptedPackage")),
            ("P03.docx", Self.ole(naming: "WordDocument")),
            ("P04.docx", Array("Interviewer: this is text".utf8)),
            ("P05.docx", try F.archive(["[Content_Types].xml": F.contentTypes])),
            ("P06.docx", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x41, count: 40)),
            ("P07.docx", try F.docx(entity)),
            ("P08.rtf", Array("{\\rtf1 Interviewer: hello}".utf8)),
            ("P09.txt", Array("We talked about the school.\nShe was lovely.".utf8)),
            ("P10.txt", Array("Interviewer: Hello?\nINT: Is anyone there?".utf8)),
            ("P11.txt", Array("  \n\n".utf8)),
            ("~$P01.docx", [0x0A, 0x00]),
        ]
        for (name, bytes) in files { try folder.write(name, bytes: bytes) }
        let dataset = try InterviewLoader.load(F.spec(folder.path))
        let at = FilePaths.display(folder.path) + "/"
        #expect(dataset.accounting == Accounting(rowsRead: 11, complete: 2, partial: 0, rejected: 9))
        #expect(dataset.accounting.isBalanced)
        #expect(dataset.respondents.map(\.id) == ["P01", "P09"], "P09 has no labels: one voice, its participant's")
        #expect(dataset.transcripts?.problems.map(\.description) == [
            "error: the Word file is password-protected, so it cannot be read --> \(at)P02.docx\n  help: open it in Word, clear the password (File > Info > Protect Document > Encrypt with Password) and save it, or save a copy as Plain Text (.txt)",
            "error: the file is a Word 97-2003 document (.doc), which cannot be read --> \(at)P03.docx\n  help: \(Self.help)",
            "error: the file is not a Word document: a .docx is a zip archive and this is not one --> \(at)P04.docx\n  help: \(Self.help)",
            "error: the .docx holds no word/document.xml, so it is not a Word document --> \(at)P05.docx\n  help: \(Self.help)",
            "error: cannot unpack word/document.xml: the .docx is damaged --> \(at)P06.docx\n  help: \(Self.help)",
            "error: word/document.xml cannot be read (line 2): refused entity declaration 'a': only the five built-in XML entities are allowed --> \(at)P07.docx\n  help: \(Self.help)",
            "error: .rtf transcripts cannot be read --> \(at)P08.rtf\n  help: \(Self.help)",
            "error: every turn is an interviewer's (Interviewer, INT), so there is nothing to code --> \(at)P10.txt\n  help: interviewer labels are Interviewer, INT, I, Facilitator, Researcher; if someone else is speaking, change interviewers: in the manifest",
            "error: the transcript is empty --> \(at)P11.txt\n  help: check that the file holds the transcript",
        ])
        #expect(dataset.rejections.map(\.kind) == Array(repeating: .record, count: 9))
        #expect(dataset.diagnostics.contains { $0.message == "no speaker labels: the transcript is read as one voice, its participant's" })
        #expect(dataset.rejections[0].reason == "the Word file is password-protected, so it cannot be read; open it in Word, clear the password (File > Info > Protect Document > Encrypt with Password) and save it, or save a copy as Plain Text (.txt)")
        #expect(dataset.diagnostics.contains { $0.message == "left out 1 file(s) that are not transcripts: ~$P01.docx" })
    }

    @Test("a transcript in Windows-1252 loads, and one whose byte order mark lies is refused at the bad byte")
    func encodings() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a.txt", bytes: Array("Interviewer: Hello.\nParent: It".utf8) + [0x92] + Array("s fine, ".utf8) + [0xA3] + Array("5 a week.".utf8))
        try folder.write("b.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Interviewer: Hello.\nParent: ".utf8) + [0xFF])
        let dataset = try InterviewLoader.load(F.spec(folder.path))
        #expect(dataset.transcripts?.transcripts.map(\.encoding) == ["windows-1252"])
        #expect(dataset.respondents.first?.answers.last == "It’s fine, £5 a week.")
        #expect(dataset.diagnostics.map(\.description).last == "note: read as Windows-1252: the file is not valid UTF-8 --> \(FilePaths.display(folder.path))/a.txt")
        #expect(dataset.transcripts?.problems.map(\.description) == [
            "error: invalid UTF-8 byte 0xFF in a file whose byte order mark declares UTF-8 --> \(FilePaths.display(folder.path))/b.txt:2:9\n  help: save the transcript again as UTF-8 text",
        ])
    }

    @Test("a folder with no transcripts is an error about the data set")
    func noTranscripts() throws {
        let folder = try TemporaryDirectory()
        try folder.write("notes.xlsx", bytes: [1, 2, 3])
        #expect(throws: InputError(
            "'\(FilePaths.display(folder.path))' holds no transcripts", at: F.manifest,
            help: "transcripts are .txt, .md or .docx files; found only notes.xlsx"
        )) {
            try InterviewLoader.load(F.spec(folder.path))
        }
    }
}
