import Foundation
import Testing

/// The built `evident` on real exports (`Tests/Fixtures/real/`): exit codes and messages a user
/// sees when a file is not what the command reads, or gives nothing to report.
@Suite("evident on real exports")
struct RealExportCommandTests {
    static let real = EvidentCommand.packageRoot.appendingPathComponent("Tests/Fixtures/real")

    /// Copies real files into a fresh folder.
    func folder(_ names: [String]) throws -> URL {
        let folder = try EvidentCommand.temporaryDirectory()
        for name in names {
            try FileManager.default.copyItem(at: Self.real.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("a data set whose every record is rejected stops report with exit 1 and says why (defect 11)")
    func everyRecordRejected() throws {
        let exports = try folder(["qualtrics-legacy-no-basis.csv"])
        let output = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["report", "--study", exports.path, "--output", output.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains(
            "error: every record of data set 'qualtrics-legacy-no-basis' was rejected (15 of 15): nothing to report"
        ))
        #expect(result.stderr.contains("help: 15 record(s) is a Qualtrics test response (Status 2), not a response (first at"))
    }

    @Test("a folder with no usable export says so and what it left out, not 'cannot read file' (defect 5)")
    func noExports() throws {
        let exports = try folder(["qualcoder-transcript.txt", "qualcoder-ID1.docx"])
        let result = try EvidentCommand.run(["report", "--study", exports.path])
        #expect(result.status == 1)
        let shown = exports.standardizedFileURL.path
        #expect(result.stderr.hasPrefix("error: no manifest in \(shown)/, and no exports in \(shown)/ to infer one from --> \(shown)\n"))
        #expect(result.stderr.contains("2 interview transcript(s): add an interviews data set"))
        #expect(!result.stderr.contains("cannot read file"))
    }

    @Test("inspect on files that are not exports says what each is, exit 1 (defect 5)", arguments: [
        ("qualcoder-ID1.docx", "error: the file is a Word document (.docx), not a table of responses"),
        ("taguette-1.4.1.qdc", "error: the file is a REFI-QDA codebook (.qdc), not survey responses"),
    ])
    func inspectOther(_ name: String, _ message: String) throws {
        let result = try EvidentCommand.run(["inspect", Self.real.appendingPathComponent(name).path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message))
    }

    @Test("inspect reads a Microsoft Forms CSV with 'Id' and a Google Sheets workbook; names stay masked")
    func inspectReal() throws {
        let result = try EvidentCommand.run([
            "inspect", Self.real.appendingPathComponent("msforms-hotdog-fa24.csv").path,
            Self.real.appendingPathComponent("google-sheets-hotdog-sp24.xlsx").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  format    msforms (Id, Start time, Completion time first)"))
        #expect(result.stdout.contains("  encoding  windows-1252, comma-separated"))
        #expect(result.stdout.contains("  format    google-forms (Timestamp first)"))
        #expect(result.stdout.contains("  encoding  xlsx"))
    }

    @Test("every command says what a file is when it is not what the command reads", arguments: [
        (["codebook", "lint", "qualcoder-survey789.xlsx"], "error: the file is an Excel workbook (.xlsx), not a codebook"),
        (["codebook", "lint", "msforms-hotdog-fa24.csv"], "error: the file is a msforms survey export, not a codebook"),
        (["agree", "--no-study", "--coding", "qualcoder-ID1.docx"], "error: the file is a Word document (.docx), not manual coding"),
        (["report", "--study", "msforms-hotdog-fa24.csv"], "error: --study names delimited text (a CSV or TSV table), not a study manifest"),
        (["code", "--study", "google-sheets-hotdog-sp24.xlsx"], "error: --study names an Excel workbook (.xlsx), not a study manifest"),
    ])
    func wrongFiles(_ arguments: [String], _ message: String) throws {
        let result = try EvidentCommand.run(arguments, in: Self.real)
        #expect(result.status == 1, "\(result.stderr)")
        #expect((result.stderr + result.stdout).contains(message), "\(result.stderr)")
    }
}
