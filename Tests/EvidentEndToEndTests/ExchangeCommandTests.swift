import Foundation
import Testing

@Suite("Exchange commands: codebook convert, agree, export-qdpx", .serialized)
struct ExchangeCommandTests {
    @Test("codebook convert: YAML → QDC → YAML gives the YAML writer's own rendering back")
    func convert() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let qdc = folder.appendingPathComponent("early-help.qdc").path
        let first = try EvidentCommand.run(["codebook", "convert", "Codebooks/early-help.yaml", qdc])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        #expect(first.stderr == "Wrote 63 codes to \(qdc)\n")
        let direct = folder.appendingPathComponent("direct.yaml").path
        let back = folder.appendingPathComponent("back.yaml").path
        #expect(try EvidentCommand.run(["codebook", "convert", "Codebooks/early-help.yaml", direct]).status == 0)
        #expect(try EvidentCommand.run(["codebook", "convert", qdc, back]).status == 0)
        #expect(FileManager.default.contents(atPath: direct) == FileManager.default.contents(atPath: back))
    }

    @Test("agree on the sample's double-coded subset writes agreement.json, .csv and .md")
    func agree() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run([
            "agree", "--study", "Surveys/study.yaml", "--coding", "Surveys/coding/double-coded.csv",
            "--coverage", "Surveys/coding/coverage.csv", "--reference", "AB", "--output", folder.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // 54: answers that say nothing ("-", "N/A", "?") are no comment, and the sample's
        // coders no longer code them.
        #expect(result.stderr.contains("2 coders, 54 answers in common"))
        #expect(result.stderr.contains("0 rows rejected."))
        let files = try EvidentCommand.snapshot(folder)
        #expect(Set(files.keys) == ["agreement.json", "agreement.csv", "agreement.md"])
        let json = String(decoding: try #require(files["agreement.json"]), as: UTF8.self)
        #expect(json.hasPrefix("{\n  \"schema\": \"evident.agreement/1\",\n  \"coders\": [\"AB\", \"CD\"],\n  \"reference\": \"AB\","))
        let markdown = String(decoding: try #require(files["agreement.md"]), as: UTF8.self)
        #expect(markdown.hasPrefix("## Agreement between coders\n"))
        #expect(markdown.contains("### Disagreements to discuss"))
    }

    @Test("agree reports every rejected row with its line on stderr, and keeps going")
    func rejectedRows() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let coding = folder.appendingPathComponent("coding.csv")
        try """
            dataset,respondent,question,code_id,coder
            closure-feedback-2016,3,2,nothing-to-improve,AB
            closure-feedback-2016,3,2,trainning,AB
            closure-feedback-2016,999999,2,safety,AB
            """.write(to: coding, atomically: true, encoding: .utf8)
        let result = try EvidentCommand.run(["agree", "--coding", coding.path, "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("""
            rejected: unknown code id 'trainning' --> \(coding.path):3
            rejected: unknown respondent '999999' in data set 'closure-feedback-2016' --> \(coding.path):4
            1 coder, 0 answers in common, 2 codes; 2 rows rejected.
            """))
    }

    @Test("a reference coder who did not code is an input error: exit 1, the coders listed")
    func unknownReference() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run([
            "agree", "--coding", "Surveys/coding/double-coded.csv", "--reference", "ZZ", "--output", folder.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: the reference coder 'ZZ' is not among the coders: AB, CD
              help: name one of them with --reference, exactly as the coding files spell it

            """)
    }

    @Test("export-qdpx writes a project that agree reads back as a coder")
    func exportAndAgree() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let project = folder.appendingPathComponent("sample.qdpx").path
        let export = try EvidentCommand.run(["export-qdpx", "--output", project])
        #expect(export.status == 0, "\(export.stderr)")
        // One source per survey question with answers and per interview transcript; one case per
        // respondent with free text and per participant (counted in the library's own tests).
        #expect(export.stderr.hasPrefix("Wrote \(project): "))
        #expect(export.stderr.contains(" sources, ") && export.stderr.contains(" cases, ") && export.stderr.contains(" coded selections, "))
        let agree = try EvidentCommand.run([
            "agree", "--coding", project, "--reference", "Evident (automatic coding)", "--output", folder.path,
        ])
        #expect(agree.status == 0, "\(agree.stderr)")
        // The automatic coding measured against its own export: every F1 is 1.
        let json = String(decoding: try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("agreement.json").path)), as: UTF8.self)
        #expect(json.contains("\"macro_f1\": 1,"))
    }
}
