import Foundation
import Testing

@Suite("evident report --compare", .serialized)
struct ReportCompareTests {
    @Test("a rerun compared with the last report says nothing moved, and gives the codebook's fingerprint")
    func unchanged() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let study = EvidentCommand.fixture("mini/study.yaml")
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        #expect(try EvidentCommand.run(["report", "--study", study, "--output", first.path]).status == 0)
        let result = try EvidentCommand.run(["report", "--study", study, "--output", second.path, "--compare", first.path])
        #expect(result.status == 0, "\(result.stderr)")
        let changes = try String(contentsOf: second.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(changes.hasPrefix("# What changed since the previous report\n"))
        #expect(changes.contains("No data set was added, removed or changed."))
        #expect(changes.contains("- The codebook's content is unchanged."))
        #expect(changes.contains("No item's % positive or mean moved."))
        #expect(changes.contains("No code's count changed."))
        let data = try #require(FileManager.default.contents(atPath: second.appendingPathComponent("results.json").path))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let fingerprint = try #require(((json["study"] as? [String: Any])?["codebook"] as? [String: Any])?["fingerprint"] as? String)
        #expect(fingerprint.count == 64)
        #expect(changes.contains("fingerprint `\(fingerprint.prefix(12))`"))
    }

    @Test("comparing with a folder holding no results.json is an error")
    func missing() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run([
            "report", "--study", EvidentCommand.fixture("mini/study.yaml"), "--output", folder.appendingPathComponent("out").path,
            "--compare", folder.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no results.json in '\(folder.path)' to compare with"))
    }
}
