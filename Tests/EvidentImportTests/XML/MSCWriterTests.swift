import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite("msc-xml writer: the format back out, every field preserved")
struct MSCWriterTests {
    /// Reads msc-xml text through the loader.
    static func read(_ text: String) throws -> StoryCollection {
        let folder = try TemporaryDirectory()
        let path = try folder.write("round-trip.xml", text)
        let spec = DatasetSpec(id: "rt", kind: .mscStories, path: path, format: .mscXML, declaredAt: XMLFixture.manifest)
        let dataset = try StoryLoader.load(spec, mapping: nil)
        #expect(dataset.rejections.isEmpty)
        return try #require(dataset.stories)
    }

    /// Lines are where a story was in its file, not part of the story.
    static func withoutLines(_ collection: StoryCollection) -> StoryCollection {
        var copy = collection
        for index in copy.stories.indices { copy.stories[index].line = 0 }
        return copy
    }

    @Test("fixture → write → read gives the same collection; writing again gives the same text")
    func roundTripFixture() throws {
        let spec = DatasetSpec(id: "msc", kind: .mscStories, path: XMLFixture.path("msc-small.xml"), format: .mscXML, declaredAt: XMLFixture.manifest)
        let original = try #require(try StoryLoader.load(spec, mapping: nil).stories)
        let written = MSCWriter.write(original)
        let again = try Self.read(written)
        #expect(Self.withoutLines(again) == Self.withoutLines(original))
        #expect(MSCWriter.write(again) == written)
    }

    @Test("awkward text survives: markup characters, quotes, CR, tabs and line breaks in attributes, emoji, blank reasons")
    func roundTripAwkward() throws {
        let collection = StoryCollection(
            name: "Tom & Jerry's \"best\" <stories>\tand\nmore",
            domains: [StoryDomain(id: "a&b", label: "A < B > C & \"D\"")],
            stories: [
                Story(
                    id: "S\"1", title: "Line one\r\nline two", domain: "a&b", collected: "2017-03-02T10:00\t+01",
                    storyteller: Storyteller(group: "family", role: "Mum's friend\nand neighbour", name: "Zoë O'Neill"),
                    text: "It said <b>bold</b> & ]]> and\ttabs\n\nand 👩🏽‍🔧 emoji.",
                    significance: "Because “quotes” matter.",
                    selections: [
                        Selection(level: "team", selected: nil),
                        Selection(level: "district", selected: true, reasons: ["One", "Two & three"]),
                        Selection(level: "county", selected: false),
                    ],
                    line: 0
                ),
                Story(id: "S2", domain: "a&b", storyteller: Storyteller(), text: "Only text.", line: 0),
            ]
        )
        let again = try Self.read(MSCWriter.write(collection))
        #expect(Self.withoutLines(again) == collection)
    }

    @Test("the written text follows the spec's layout")
    func layout() {
        let collection = StoryCollection(
            name: "C", domains: [StoryDomain(id: "d", label: "Domain")],
            stories: [Story(
                id: "S-1", title: "T", domain: "d", collected: "2017-03-02", storyteller: Storyteller(group: "staff", role: "Worker"),
                text: "Story", significance: "Why",
                selections: [Selection(level: "district", selected: true, reasons: ["R"]), Selection(level: "county", selected: false)],
                line: 3
            )]
        )
        #expect(MSCWriter.write(collection) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <msc-stories xmlns="urn:evident:msc:1" collection="C">
              <domains>
                <domain id="d">Domain</domain>
              </domains>
              <story id="S-1" domain="d" collected="2017-03-02">
                <title>T</title>
                <storyteller group="staff" role="Worker"/>
                <text>Story</text>
                <significance>Why</significance>
                <selection level="district" selected="true">
                  <reason>R</reason>
                </selection>
                <selection level="county" selected="false"/>
              </story>
            </msc-stories>

            """)
    }

    @Test("characters XML cannot hold become U+FFFD")
    func unrepresentable() {
        #expect(MSCWriter.text("a\u{1}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
        #expect(MSCWriter.attribute("x\ty\nz\r\"") == "x&#9;y&#10;z&#13;&quot;")
    }
}
