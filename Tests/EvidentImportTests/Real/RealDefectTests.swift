import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Each defect of issue 13 in the exports' part ("What is wrong today" 1–5, 10), on the real
/// files it was seen on. Each test failed before the change it names and passes after.
@Suite("Real exports: the defects seen on them")
struct RealDefectTests {
    /// Defect 1: Qualtrics legacy CSV not recognised, its second header row counted as a
    /// respondent, test responses kept, IP/Name/E-mail proposed as breakdowns and the IP written
    /// into the inferred manifest.
    @Test("Qualtrics legacy: recognised, row 2 is no respondent, tests rejected as in the current export, personal data kept out")
    func qualtricsLegacy() throws {
        let sample = try RealFiles.load("qualtrics-legacy-sample.csv")
        #expect(sample.format == .qualtricsLegacy)
        #expect(sample.accounting == Accounting(rowsRead: 1, complete: 1, partial: 0, rejected: 0), "one response, not two")
        #expect(sample.respondents.map(\.id) == ["R_2YPOQ602ER1jkf1"])
        let legacy = try RealFiles.load("qualtrics-legacy-no-basis.csv")
        let current = try RealFiles.load("qualtrics-insights-no-basis.csv")
        #expect(legacy.accounting == current.accounting, "the same 15 test responses, however exported")
        #expect(legacy.accounting == Accounting(rowsRead: 15, complete: 0, partial: 0, rejected: 15))
        #expect(Set(legacy.rejections.map(\.reason)) == ["record is a Qualtrics test response (Status 2), not a response"])
        let inspection = try RealFiles.inspect("qualtrics-legacy-sample.csv")
        let breakdowns = Set(inspection.columns(.attribute).map(\.name))
        #expect(breakdowns.isDisjoint(with: ["Name", "EmailAddress", "IPAddress", "ExternalDataReference", "ResponseSet"]))
        #expect(Set(inspection.personalColumns.map(\.name)).isSuperset(of: ["Name", "EmailAddress", "IPAddress"]))
        let study = ManifestDraft.Study(title: "draft", titleReason: "", codebook: nil, codebookReason: nil, names: nil, output: nil)
        let draft = ManifestDraft(study: study, exports: [inspection], origin: "test").render(in: RealFiles.folder.path)
        #expect(!draft.contains("192.0.2.66"), "the IP address is never written into a manifest")
        #expect(!draft.contains("Anonym\n"))
    }

    /// Defect 2: LimeSurvey's other heading styles read as plain CSV (their second heading row
    /// a record), answer codes and non-English scales never proposed. The real export here
    /// uses question codes; the other styles are in `ExportToolsTests`.
    @Test("LimeSurvey: incomplete responses partial, a Dutch yes/no proposed as a scale")
    func limeSurvey() throws {
        let dataset = try RealFiles.load("limesurvey-codes-name-face.csv")
        #expect(dataset.format == .limesurvey)
        #expect(dataset.accounting == Accounting(rowsRead: 65, complete: 62, partial: 3, rejected: 0))
        #expect(dataset.respondents.filter { $0.status == .partial }.map(\.id) == ["9", "16", "19"])
        let inspection = try RealFiles.inspect("limesurvey-codes-name-face.csv")
        #expect(RealFiles.items(inspection) == ["Eindvraag [yes-no-nl*]"])
    }

    /// Defect 3: `Id,Start time,…` not recognised (only `ID`); a file whose header row is
    /// missing taken at face value, its name column then shown unmasked.
    @Test("Microsoft Forms: 'Id' recognised, Name and Email personal; without its header row the file is refused")
    func microsoftForms() throws {
        let inspection = try RealFiles.inspect("msforms-hotdog-fa24.csv")
        #expect(inspection.format == .msforms)
        #expect(inspection.columns.first?.role == .identifier)
        #expect(inspection.personalColumns.map(\.name) == ["Email", "Name"])
        let folder = try TemporaryDirectory()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: RealFiles.path("msforms-hotdog-fa24.csv"))))
        let firstLineEnd = bytes.firstIndex(of: 0x0A) ?? 0
        let headerless = try folder.write("no-header.csv", bytes: Array(bytes[(firstLineEnd + 1)...]))
        #expect(throws: InputError(
            "the file has no header row: its first line holds answers ('9/1/2024 11:27', '9/1/2024 11:27'), not column headings",
            at: SourceLocation(file: FilePaths.display(headerless), line: 1),
            help: "export the responses again with their column headings, or add a first line naming each column (Microsoft Forms: ID,Start time,Completion time,Email,Name, then the questions)"
        )) {
            try ExportInspector.inspect(headerless)
        }
    }

    /// Defect 4: `.xlsx` not read at all (inspect showed zip bytes as records, report "cannot
    /// read file"). The Google Sheets download reads as its CSV twin does.
    @Test("workbooks: the Google Sheets .xlsx gives what its CSV download gives")
    func workbooks() throws {
        let workbook = try RealFiles.load("google-sheets-hotdog-sp24.xlsx")
        let csv = try RealFiles.load("google-forms-hotdog-sp24.csv")
        #expect(workbook.format == .googleForms)
        #expect(workbook.encoding == "xlsx")
        #expect(workbook.accounting == csv.accounting)
        #expect(workbook.accounting == Accounting(rowsRead: 91, complete: 91, partial: 0, rejected: 0))
        #expect(workbook.questions.map(\.id) == csv.questions.map(\.id))
        #expect(workbook.respondents.map(\.answers) == csv.respondents.map(\.answers))
        let inspection = try RealFiles.inspect("google-sheets-hotdog-sp24.xlsx")
        #expect(inspection.columns.first?.example == "2024-01-18 14:18:57", "the timestamp's date serial read as a date")
    }

    /// Defect 5: any file read as CSV by `inspect` (a .docx, .xlsx, .qdpx, a .qdc shown as ODK
    /// XML, a transcript), a folder mixing survey CSVs with transcripts dropping its CSVs.
    @Test("inspect says what a file is when it is not an export", arguments: [
        ("qualcoder-ID1.docx", "the file is a Word document (.docx), not a table of responses"),
        ("qualcoder-transcript.txt", "the file is plain text with no columns (a transcript or notes), not a table of responses"),
        ("taguette-1.4.1.qdc", "the file is a REFI-QDA codebook (.qdc), not survey responses"),
        ("atlasti-win23.2-codebook.qdpx", "the file is a REFI-QDA project (.qdpx), not survey responses"),
    ])
    func notExports(_ name: String, _ message: String) throws {
        #expect(FileManager.default.fileExists(atPath: RealFiles.path(name)))
        do throws(InputError) {
            _ = try ExportInspector.inspect(RealFiles.path(name))
            Issue.record("\(name) inspected as an export")
        } catch {
            #expect(error.message == message)
            #expect(error.help != nil)
        }
    }

    @Test("a folder mixing a survey export with transcripts keeps the export and says what it left out")
    func mixedFolder() throws {
        let folder = try TemporaryDirectory()
        for name in ["google-forms-hotdog-sp24.csv", "qualcoder-transcript.txt", "qualcoder-ID1.docx"] {
            try FileManager.default.copyItem(atPath: RealFiles.path(name), toPath: folder.path + "/" + name)
        }
        let found = ExportDiscovery.exports(in: folder.path)
        #expect(found.exports.map { ($0 as NSString).lastPathComponent } == ["google-forms-hotdog-sp24.csv"])
        #expect(found.skipped.map(\.reason).first?.hasPrefix("2 interview transcript(s): add an interviews data set") == true)
    }

    /// Defect 10: QualCoder's example transcripts rejected whole while the run exited 0.
    @Test("QualCoder's transcripts: [id1] speakers read, the single-voice .docx read as one voice")
    func transcripts() throws {
        let folder = try TemporaryDirectory()
        for name in ["qualcoder-transcript.txt", "qualcoder-ID1.docx"] {
            try FileManager.default.copyItem(atPath: RealFiles.path(name), toPath: folder.path + "/" + name)
        }
        let spec = DatasetSpec(id: "qc", kind: .interviews, path: folder.path, declaredAt: SourceLocation(file: "study.yaml"))
        let dataset = try InterviewLoader.load(spec)
        #expect(dataset.accounting == Accounting(rowsRead: 2, complete: 2, partial: 0, rejected: 0))
        let transcripts = dataset.transcripts?.transcripts ?? []
        #expect(transcripts.map(\.id) == ["qualcoder-ID1.docx", "qualcoder-transcript.txt"])
        #expect(transcripts.first?.turns.count == 1)
        #expect(transcripts.last?.turns.map(\.speaker) == ["id1", "id2", "id3", "id1", "id3", "id1", "id2"])
    }
}
