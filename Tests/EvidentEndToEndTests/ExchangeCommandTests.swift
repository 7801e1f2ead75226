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

    /// Issue 14, defect 9: convert wrote a .qdc from a codebook whose patterns `lint` and
    /// `report` refuse, so the refusal came only later, in another tool's hands.
    @Test("codebook convert refuses a codebook that lint refuses, listing every pattern that does not parse, and writes nothing")
    func convertRefusesWhatLintRefuses() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("bad.yaml")
        try Data("""
            codebook:
              name: Bad
              version: "1"
            themes:
              - id: t
                label: T
                codes:
                  - id: a
                    label: A
                    patterns:
                      - ab*
                      - x NEAR/ y

            """.utf8).write(to: input)
        #expect(try EvidentCommand.run(["codebook", "lint", input.path]).status == 1)
        for name in ["bad.qdc", "bad.csv", "copy.yaml"] {
            let output = folder.appendingPathComponent(name).path
            let result = try EvidentCommand.run(["codebook", "convert", input.path, output])
            #expect(result.status == 1, "\(name)")
            let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
            #expect(lines.count == 2, "\(result.stderr)")
            #expect(lines.first?.hasPrefix("error: cannot parse pattern 'ab*' of code 'a'") == true, "\(result.stderr)")
            #expect(lines.first?.hasSuffix("--> \(input.path):11:13") == true, "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
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

    // Issue 13, defect 9: one coder and nothing to compare with used to exit 0.
    @Test("agree reports every rejected row with its line on stderr; with one coder nothing is compared: exit 1 saying so")
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
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("""
            rejected: unknown code id 'trainning' --> \(coding.path):3
            rejected: unknown respondent '999999' in data set 'closure-feedback-2016' --> \(coding.path):4
            1 coder, 0 answers in common, 2 codes; 2 rows rejected.
            """))
        #expect(result.stderr.hasSuffix("""
            error: nothing could be compared: there is one coder ('AB') and no --reference to compare with
              help: give the coding of a second coder, or --reference to measure the automatic coding against this one

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

    static let nvivo = "Tests/Fixtures/real/nvivo-win12.6-two-coders.qdpx"

    // Issue 13, defect 9: this NVivo project against a study it does not belong to printed 303
    // identical lines, then "0 coders", and exited 0.
    @Test("agree on a real NVivo project and a study it is not about: one line for 303 selections, exit 1, what to do")
    func nvivoAgainstTheSample() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["agree", "--study", "Surveys/study.yaml", "--coding", Self.nvivo, "--output", folder.path])
        #expect(result.status == 1)
        let rejected = result.stderr.split(separator: "\n").filter { $0.hasPrefix("rejected:") }
        #expect(rejected == [
            "rejected: 303 rows: selections whose text is in no answer of the study's data sets; for example selection 3132-3279 of "
                + "source 'videos_10_selected' is in no answer of the study's data sets --> \(Self.nvivo)/project.qde:383",
        ])
        #expect(result.stderr.hasSuffix("""
            error: nothing could be compared: no coding could be used (303 rejected)
              help: the projects' documents are not the study's answers; to compare coders on the documents themselves, run with --no-study

            """))
    }

    // The study's answers are the comments the project's second document holds (built from the
    // fixture with Python; 301 of its 303 selections lie inside one comment, 2 span metadata
    // lines; coder B's selections touch 156 comments, coder A's 2, both the same 2).
    @Test("agree on the NVivo project with a study of its comments: each user a coder, selections mapped by their text")
    func nvivoWithItsStudy() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run([
            "agree", "--study", EvidentCommand.fixture("refi/study.yaml"), "--coding", Self.nvivo, "--output", folder.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rejected: 2 rows: selections whose text is in no answer of the study's data sets;"))
        #expect(result.stderr.contains("2 coders, 2 answers in common, "))
        let json = String(decoding: try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("agreement.json").path)), as: UTF8.self)
        #expect(json.contains(#""coders": ["Coder B", "Coder A"]"#))
    }

    @Test("agree without a study: the project's own documents are the units")
    func nvivoWithoutAStudy() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["agree", "--no-study", "--coding", Self.nvivo, "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2 coders, 1 document in common, "))
        let json = String(decoding: try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("agreement.json").path)), as: UTF8.self)
        #expect(json.contains(#"["sources", "videos_10_selected", "text"]"#))
    }

    // Issue 13, defect 8: a .qdc or .qdpx named as a codebook failed with "must be a mapping" or
    // "not valid UTF-8".
    @Test("a .qdpx and a .qdc serve as the codebook of codebook lint and of a study")
    func foreignCodebooks() throws {
        let lint = try EvidentCommand.run(["codebook", "lint", Self.nvivo])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stdout == "\(Self.nvivo): no problems (152 codes, 0 patterns)\n")
        let qdc = try EvidentCommand.run(["codebook", "lint", "Tests/Fixtures/real/atlasti-win23.4-code-group.qdc"])
        #expect(qdc.stdout == "Tests/Fixtures/real/atlasti-win23.4-code-group.qdc: no problems (1 code, 0 patterns)\n")
        let folder = try EvidentCommand.temporaryDirectory()
        let code = try EvidentCommand.run(["code", "--study", EvidentCommand.fixture("refi/study.yaml"), "--output", folder.path])
        #expect(code.status == 0, "\(code.stderr)")
    }
}
