import Foundation
import Testing

@Suite("evident code, end to end", .serialized)
struct CodeCommandTests {
    /// `evident code` streams, codes into flat records and renders them itself; `evident report`
    /// codes into `CodedSegment`s and renders them through the table. The two files must agree
    /// byte for byte, on the mini study and on the whole sample study (63 codes, 8 data sets).
    @Test("writes the same coded_segments.csv as evident report", arguments: ["mini", "sample"])
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
    }
}
