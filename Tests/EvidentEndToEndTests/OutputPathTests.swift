import Foundation
import Testing

/// Output paths (issue 14, defect 4): no output may replace an input, land where the next run
/// reads it, be the root, empty or a symbolic link, or overwrite a file evident did not write
/// without `--force`. Each case runs the command as a user would, in a copy of the sample study
/// (`Surveys/`, `Codebooks/`), and checks both the refusal and that nothing was touched.
@Suite("Output paths are checked before anything is written", .serialized)
struct OutputPathTests {
    /// A copy of the repository's sample study in a fresh folder, to run commands in.
    static func workspace() throws -> URL {
        let root = try EvidentCommand.temporaryDirectory()
        for folder in ["Surveys", "Codebooks"] {
            try FileManager.default.copyItem(
                at: EvidentCommand.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    static func bytes(_ root: URL, _ path: String) -> Data? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
    }

    @Test("export-qdpx --output naming the survey export is refused, with or without --force; the survey is unchanged")
    func exportOverInput() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let survey = "Surveys/practitioner-survey-2016.csv"
        let before = try #require(Self.bytes(root, survey))
        for force in [[], ["--force"]] {
            let result = try EvidentCommand.run(["export-qdpx", "--study", "Surveys/study.yaml", "--output", survey] + force, in: root)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: the output is an input of this run --> \(survey)"), "\(result.stderr)")
            #expect(Self.bytes(root, survey) == before)
        }
    }

    @Test("codebook convert X.yaml X.yaml is refused, with or without --force: the codebook keeps every comment")
    func convertOntoItself() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let codebook = "Codebooks/early-help.yaml"
        let before = try #require(Self.bytes(root, codebook))
        #expect(String(decoding: before, as: UTF8.self).contains("\n#"), "the sample codebook has comments to lose")
        for force in [[], ["--force"]] {
            let result = try EvidentCommand.run(["codebook", "convert", codebook, codebook] + force, in: root)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: the output is an input of this run --> \(codebook)"), "\(result.stderr)")
            #expect(Self.bytes(root, codebook) == before)
        }
        // The same file under another spelling of its path is still the input.
        let result = try EvidentCommand.run(["codebook", "convert", codebook, "Codebooks/../Codebooks/./early-help.yaml"], in: root)
        #expect(result.status == 1)
        #expect(Self.bytes(root, codebook) == before)
    }

    @Test("codebook convert over an existing file evident did not write needs --force; a .qdc it wrote is replaced")
    func convertForce() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("# my own notes\nkeep: me\n".utf8).write(to: root.appendingPathComponent("Codebooks/mine.yaml"))
        let refused = try EvidentCommand.run(["codebook", "convert", "Codebooks/early-help.yaml", "Codebooks/mine.yaml"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr == """
            error: the output exists and was not written by evident --> Codebooks/mine.yaml
              help: name a new file, or add --force to replace it

            """)
        #expect(Self.bytes(root, "Codebooks/mine.yaml") == Data("# my own notes\nkeep: me\n".utf8))
        let forced = try EvidentCommand.run(["codebook", "convert", "Codebooks/early-help.yaml", "Codebooks/mine.yaml", "--force"], in: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(String(decoding: Self.bytes(root, "Codebooks/mine.yaml") ?? Data(), as: UTF8.self).contains("codebook:"))
        // A .qdc evident wrote is its own: written twice without --force.
        for _ in 0..<2 {
            let result = try EvidentCommand.run(["codebook", "convert", "Codebooks/early-help.yaml", "Codebooks/out.qdc"], in: root)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test("inspect --write over an existing manifest is refused without --force and replaces it with --force; its own draft is replaced")
    func inspectOverManifest() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = "Surveys/study.yaml"
        let before = try #require(Self.bytes(root, manifest))
        let refused = try EvidentCommand.run(["inspect", "Surveys/practitioner-survey-2016.csv", "--write", manifest], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: the output exists and was not written by evident --> \(manifest)"), "\(refused.stderr)")
        #expect(Self.bytes(root, manifest) == before)
        let forced = try EvidentCommand.run(["inspect", "Surveys/practitioner-survey-2016.csv", "--write", manifest, "--force"], in: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        let draft = String(decoding: Self.bytes(root, manifest) ?? Data(), as: UTF8.self)
        #expect(draft.hasPrefix("# Manifest draft written by `evident inspect`"))
        let again = try EvidentCommand.run(["inspect", "Surveys/practitioner-survey-2016.csv", "--write", manifest], in: root)
        #expect(again.status == 0, "a draft evident wrote is replaced without --force: \(again.stderr)")
        // An export named as the draft to write is an input: refused even with --force.
        let export = "Surveys/practitioner-survey-2015.csv"
        let exportBytes = Self.bytes(root, export)
        let overExport = try EvidentCommand.run(["inspect", export, "--write", export, "--force"], in: root)
        #expect(overExport.status == 1)
        #expect(Self.bytes(root, export) == exportBytes)
    }

    /// Every refusal of a report folder, with the message's first line: nothing is created,
    /// and the folders named keep what they held.
    @Test("report --output: a data set folder, the study's folder, the root and an empty path are refused", arguments: [
        ("Surveys/interviews", "error: the report folder is Surveys/interviews, a folder the study reads its inputs from"),
        ("Surveys/kobo", "error: the report folder is Surveys/kobo, a folder the study reads its inputs from"),
        ("Surveys", "error: the report folder is Surveys, a folder the study reads its inputs from"),
        ("Surveys/interviews/report", "error: the report folder is inside Surveys/interviews, a data set the next run would read it from"),
        ("/", "error: the report folder is the root folder"),
        ("", "error: the output path is empty"),
        ("  ", "error: the output path is empty"),
        ("Codebooks", "error: the report folder holds Codebooks/early-help.yaml, an input of this run"),
    ])
    func reportFolders(output: String, message: String) throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try EvidentCommand.snapshot(root)
        let result = try EvidentCommand.run(["report", "--study", "Surveys/study.yaml", "--output", output], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(try EvidentCommand.snapshot(root) == before)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Surveys/interviews/report").path))
    }

    @Test("code and agree --output into a data set folder or the study's folder are refused")
    func codeAndAgreeFolders() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try EvidentCommand.snapshot(root)
        for output in ["Surveys/interviews", "Surveys", "/"] {
            let code = try EvidentCommand.run(["code", "--study", "Surveys/study.yaml", "--output", output], in: root)
            #expect(code.status == 1, "code --output \(output)")
            #expect(code.stderr.hasPrefix("error: the output folder is"), "\(code.stderr)")
            let agree = try EvidentCommand.run(
                ["agree", "--study", "Surveys/study.yaml", "--coding", "Surveys/coding/double-coded.csv", "--output", output], in: root)
            #expect(agree.status == 1, "agree --output \(output)")
            #expect(agree.stderr.contains("error: the output folder is"), "\(agree.stderr)")
        }
        #expect(try EvidentCommand.snapshot(root) == before)
    }

    @Test("a report folder that is a symbolic link is refused; a symbolic link planted inside the folder is never followed")
    func symbolicLinks() throws {
        let folder = try ReportReplacementTests.study()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("a.yaml").path
        let report = folder.appendingPathComponent("report")
        #expect(try EvidentCommand.run(["report", "--study", manifest, "--output", report.path]).status == 0)
        // tables/ inside the report is replaced by a link to a folder of someone else's files.
        let victim = folder.appendingPathComponent("victim")
        try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: victim.appendingPathComponent("keep.csv"))
        let tables = report.appendingPathComponent("tables")
        try FileManager.default.removeItem(at: tables)
        try FileManager.default.createSymbolicLink(at: tables, withDestinationURL: victim)
        let rerun = try EvidentCommand.run(["report", "--study", manifest, "--output", report.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim.path) == ["keep.csv"])
        #expect(FileManager.default.contents(atPath: victim.appendingPathComponent("keep.csv").path) == Data("mine\n".utf8))
        let kind = try FileManager.default.attributesOfItem(atPath: tables.path)[.type] as? FileAttributeType
        #expect(kind == .typeDirectory, "tables/ is the new report's own folder, not the link")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tables.path).contains { $0.hasSuffix(".csv") })
        // The report folder itself as a link: refused, and the place it points to untouched.
        let link = folder.appendingPathComponent("linked-report")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        let linked = try EvidentCommand.run(["report", "--study", manifest, "--output", link.path])
        #expect(linked.status == 1)
        #expect(linked.stderr.contains("is a symbolic link; evident never writes through one"), "\(linked.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim.path) == ["keep.csv"])
    }
}
