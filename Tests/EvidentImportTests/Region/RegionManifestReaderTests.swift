import EvidentModel
import Foundation
import Testing
@testable import EvidentImport

@Suite("Region manifest")
struct RegionManifestReaderTests {
    /// A folder with two empty files standing in for summaries (only their existence is checked here).
    func folder() throws -> String {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("evident-region-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in ["a.json", "b.json"] { try Data().write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    @Test("title, output and councils with their maps, paths against the manifest's folder")
    func reads() throws {
        let directory = try folder()
        let spec = try RegionManifestReader.parse("""
            region:
              title: East
              output: out
            councils:
              - summary: a.json
                name: Ayton
              - summary: b.json
                items: {gain-trust: trust}
                codes: {family-first: whole-family}
                domains: {health: physical-health}

            """, file: "region.yaml", directory: directory)
        #expect(spec.title == "East")
        #expect(spec.outputPath == directory + "/out")
        #expect(spec.councils.map(\.summaryPath) == [directory + "/a.json", directory + "/b.json"])
        #expect(spec.councils[0].name == "Ayton")
        #expect(spec.councils[1].items == ["gain-trust": "trust"])
        #expect(spec.councils[1].codes == ["family-first": "whole-family"])
        #expect(spec.councils[1].domains == ["health": "physical-health"])
    }

    @Test("errors name the key, file, line and column", arguments: [
        ("region: {title: R}\ncouncils:\n  - summary: a.json\n", "error: a region needs two councils' summaries or more --> region.yaml:1:1"),
        ("region: {title: R}\ncouncils:\n  - summary: a.json\n  - summary: c.json\n", "error: summary 'c.json' not found --> region.yaml:4:14"),
        ("region: {title: R}\ncouncils:\n  - summary: a.json\n  - name: B\n", "error: a council has no summary --> region.yaml:4:5"),
        ("region: {title: R}\ncouncils:\n  - summary: a.json\n  - {summary: b.json, item: {}}\n", "error: unknown key 'item' in a council --> region.yaml:4:23"),
        ("councils:\n  - summary: a.json\n  - summary: b.json\n", "error: the region has no title --> region.yaml:1:1"),
    ])
    func errors(_ text: String, _ expected: String) throws {
        let directory = try folder()
        #expect {
            _ = try RegionManifestReader.parse(text, file: "region.yaml", directory: directory)
        } throws: { error in
            (error as? InputError)?.description.hasPrefix(expected) ?? false
        }
    }
}
