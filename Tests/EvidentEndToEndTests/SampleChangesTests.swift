import Foundation
import Testing

/// Change between waves in the sample study's results.json: within one population only, each
/// side with its own base, composite confidence with its test.
@Suite("Sample study: theme and composite change between waves",
       .enabled(if: FileManager.default.fileExists(atPath: EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path)))
struct SampleChangesTests {
    @Test("theme shares change only between the two practitioner waves; composite change names the item added")
    func changes() throws {
        let output = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["report", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try #require(FileManager.default.contents(atPath: output.appendingPathComponent("results.json").path))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let themes = try #require(json["theme_changes"] as? [[String: Any]])
        #expect(!themes.isEmpty)
        #expect(Set(themes.compactMap { $0["population"] as? String }) == ["practitioner-survey/practitioners"])
        for change in themes {
            let from = try #require(change["from"] as? [String: Any]), to = try #require(change["to"] as? [String: Any])
            #expect(from["datasets"] as? [String] == ["practitioners-2015"])
            #expect(to["datasets"] as? [String] == ["practitioners-2016"])
            let significant = try #require(change["significant"] as? Bool)
            #expect(significant == ((change["p"] as? Double ?? 1) < 0.05))
        }
        let composite = try #require((json["composite_changes"] as? [[String: Any]])?.first)
        #expect(composite["items_added"] as? [String] == ["step-down"])
        #expect(composite["from_dataset"] as? String == "practitioners-2015" && composite["to_dataset"] as? String == "practitioners-2016")
        let stories = try #require(json["stories"] as? [[String: Any]])
        #expect(stories.first { $0["story_id"] as? String == "S-001" }?["consent"] as? String == "pending")
    }
}
