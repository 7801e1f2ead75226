import Foundation
import Testing

@Suite("evident code, end to end", .serialized)
struct CodeCommandTests {
    /// `evident code` streams, codes into flat records and renders them itself; `evident report`
    /// codes into `CodedSegment`s and renders them through the table. The two files must agree
    /// byte for byte, on the mini study and on the whole sample study (63 codes, 8 data sets).
    @Test("writes the same coded_segments.csv and questions.csv as evident report", arguments: ["mini", "sample"])
    func sameAsReport(study: String) throws {
        let manifest = study == "mini"
            ? EvidentCommand.fixture("mini/study.yaml")
            : EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path
        let folder = try EvidentCommand.temporaryDirectory()
        let report = try EvidentCommand.run(["report", "--study", manifest, "--output", folder.appendingPathComponent("report").path])
        #expect(report.status == 0, "\(report.stderr)")
        let code = try EvidentCommand.run(["code", "--study", manifest, "--output", folder.appendingPathComponent("code").path])
        #expect(code.status == 0, "\(code.stderr)")
        let fromReport = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("report/coded_segments.csv").path))
        let fromCode = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("code/coded_segments.csv").path))
        #expect(fromCode.count > 200, "the file holds coded rows, not just its header")
        #expect(fromCode == fromReport)
        let questionsFromReport = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("report/questions.csv").path))
        let questionsFromCode = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("code/questions.csv").path))
        #expect(questionsFromCode == questionsFromReport)
        // Every question id a row names is in questions.csv, for its data set.
        let questions = Set(CSVLines.rows(String(decoding: questionsFromCode, as: UTF8.self)).dropFirst().map { $0[0] + " " + $0[1] })
        #expect(questions.count >= (study == "mini" ? 2 : 8))
        let named = Set(CSVLines.rows(String(decoding: fromCode, as: UTF8.self)).dropFirst().map { $0[0] + " " + $0[2] })
        #expect(named.isSubset(of: questions), "\(named.subtracting(questions))")
        #expect(code.stderr.contains("(its questions in questions.csv)"))
    }

    @Test("refuses to replace a questions.csv it did not write")
    func foreignQuestionsFile() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let output = folder.appendingPathComponent("code")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("my own notes\n".utf8).write(to: output.appendingPathComponent("questions.csv"))
        let code = try EvidentCommand.run(["code", "--study", EvidentCommand.fixture("mini/study.yaml"), "--output", output.path])
        #expect(code.status != 0)
        #expect(code.stderr.contains("the output exists and was not written by evident"), "\(code.stderr)")
        #expect(try String(contentsOf: output.appendingPathComponent("questions.csv"), encoding: .utf8) == "my own notes\n")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("coded_segments.csv").path))
    }
}
