import EvidentFormats
import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite("msc-xml: stories, story-level rejection and accounting")
struct MSCReaderTests {
    static let file = "msc-small.xml"

    static func load(attributes: [String] = ["domain", "group", "level"]) throws -> Dataset {
        let spec = DatasetSpec(
            id: "msc-2017", kind: .mscStories, path: XMLFixture.path(file), format: .auto, wave: "2017",
            attributes: attributes, declaredAt: XMLFixture.manifest
        )
        return try StoryLoader.load(spec, mapping: nil)
    }

    @Test("rows read = <story> start tags in the file (counted on its raw text) = complete + partial + rejected")
    func accountingIdentity() throws {
        let dataset = try Self.load()
        let stories = try XMLFixture.countStartTags("story", inFile: XMLFixture.path(Self.file))
        #expect(stories == 6)
        #expect(dataset.accounting == Accounting(rowsRead: stories, complete: 3, partial: 0, rejected: 3))
        #expect(dataset.accounting.isBalanced)
        #expect(dataset.stories?.stories.count == dataset.accounting.complete)
        #expect(dataset.respondents.count == dataset.accounting.complete)
    }

    @Test("missing text, an undeclared domain and a repeated id are rejected with id, line and reason")
    func rejections() throws {
        let dataset = try Self.load()
        let shown = XMLFixture.shown(Self.file)
        #expect(dataset.rejections == [
            Rejection(kind: .record, dataset: "msc-2017", location: SourceLocation(file: shown, line: 26), respondent: "S-003",
                      reason: "story has no text"),
            Rejection(kind: .record, dataset: "msc-2017", location: SourceLocation(file: shown, line: 31), respondent: "S-004",
                      reason: "story names domain 'housing', which the file does not declare (declared: family-wellbeing, multi-agency)"),
            Rejection(kind: .record, dataset: "msc-2017", location: SourceLocation(file: shown, line: 36), respondent: "S-002",
                      reason: "story repeats id 'S-002' of the story on line 22"),
        ])
    }

    @Test("every field of a story is read: attributes, title, storyteller, text, significance, selections with reasons")
    func fields() throws {
        let collection = try #require(try Self.load().stories)
        #expect(collection.name == "Early Help MSC 2017, staff & partners")
        #expect(collection.domains == [
            StoryDomain(id: "family-wellbeing", label: "Changes in family health and wellbeing"),
            StoryDomain(id: "multi-agency", label: "Changes in multi-agency working"),
        ])
        #expect(collection.stories.map(\.id) == ["S-001", "S-002", "S-006"])
        #expect(collection.stories[0] == Story(
            id: "S-001", title: "Getting out of the house again", domain: "family-wellbeing", collected: "2017-03-02",
            storyteller: Storyteller(group: "staff", role: "Family support worker"),
            text: "When I first met Mum she had not left the flat for weeks.\n      We walked to the school gate together — “just to the corner” — and now she goes on her own.",
            significance: "Small practical steps <together> rebuilt her confidence.",
            selections: [
                Selection(level: "district", selected: true, reasons: ["Shows what persistence looks like.", "The family's own words."]),
                Selection(level: "county", selected: false),
            ],
            line: 8
        ))
        #expect(collection.stories[1].text == "The TAF finally met <every> month & the school came.")
        #expect(collection.stories[1].title == nil && collection.stories[1].significance == nil && collection.stories[1].collected == nil)
        let dad = collection.stories[2]
        #expect(dad.title == "Dad 👨‍👧 back at work")
        #expect(dad.storyteller == Storyteller(group: "family", role: "Parent", name: "Darren"))
        #expect(dad.isSelected && dad.highestSelectedLevel == "county")
    }

    @Test("<consent> is read into the story and its respondent; a story without one records none")
    func consent() throws {
        let dataset = try Self.load()
        let collection = try #require(dataset.stories)
        #expect(collection.stories.map(\.consent) == [nil, .withheld, nil])
        #expect(dataset.respondents.map(\.consent) == [nil, .withheld, nil])
    }

    @Test("each story is a respondent: answers [text, significance], attributes from story fields, the name for redaction only")
    func respondents() throws {
        let dataset = try Self.load()
        #expect(dataset.kind == .mscStories && dataset.format == .mscXML && dataset.encoding == "utf-8")
        #expect(dataset.questions.map(\.id) == ["text", "significance"])
        #expect(dataset.items.isEmpty)
        #expect(dataset.attributes == ["domain", "group", "level"])
        #expect(dataset.respondents.map(\.id) == ["S-001", "S-002", "S-006"])
        #expect(dataset.respondents.map(\.line) == [8, 22, 39])
        #expect(dataset.respondents.map(\.attributes) == [
            ["family-wellbeing", "staff", "district"], ["multi-agency", "partner", ""], ["family-wellbeing", "family", "county"],
        ])
        #expect(dataset.respondents[0].answers[1] == "Small practical steps <together> rebuilt her confidence.")
        #expect(dataset.respondents[1].answers == ["The TAF finally met <every> month & the school came.", ""])
        #expect(dataset.respondents.map(\.personalDetails) == [[], [], ["Darren"]])
        #expect(dataset.respondents.allSatisfy { $0.status == .complete })
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: XMLFixture.path(Self.file))))
        #expect(dataset.sha256 == SHA256.hex(of: bytes))
    }

    @Test("an attribute that is not a story field is an error at the manifest's data set")
    func unknownAttribute() throws {
        #expect(throws: InputError(
            "attribute 'Locality' is not a story field", at: XMLFixture.manifest,
            help: "story data sets can be broken down by domain, group, role, title, collected, level, selected"
        )) {
            try Self.load(attributes: ["domain", "Locality"])
        }
    }

    @Test("a file whose root is not <msc-stories> is refused, naming what it found")
    func wrongRoot() throws {
        let spec = DatasetSpec(
            id: "msc", kind: .mscStories, path: XMLFixture.path("qualtrics-responses.xml"), format: .mscXML,
            declaredAt: XMLFixture.manifest
        )
        #expect(throws: InputError(
            "an msc-xml file starts with <msc-stories>, but this file starts with <Responses>",
            at: SourceLocation(file: XMLFixture.shown("qualtrics-responses.xml"), line: 2, column: 1),
            help: "check the manifest's format for this file (specs/msc-xml.md)"
        )) {
            try StoryLoader.load(spec, mapping: nil)
        }
    }

    @Test("malformed msc-xml stops the data set with libxml2's message")
    func malformed() throws {
        let spec = DatasetSpec(id: "msc", kind: .mscStories, path: XMLFixture.path("malformed.xml"), format: .mscXML, declaredAt: XMLFixture.manifest)
        let error = #expect(throws: InputError.self) { try StoryLoader.load(spec, mapping: nil) }
        #expect(error?.description == "error: xmlParseEntityRef: no name --> \(XMLFixture.shown("malformed.xml")):4:21")
    }

    @Test("unknown elements are skipped with one warning each; unreadable decisions are not recorded")
    func warnings() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("w.xml", """
            <msc-stories><domains><domain id="d">D</domain></domains>
            <story id="1" domain="d"><text>a</text><mood>happy</mood><selection level="team" selected="maybe"/></story>
            <story id="2" domain="d"><text>b</text><mood>sad</mood></story>
            </msc-stories>
            """)
        let spec = DatasetSpec(id: "w", kind: .mscStories, path: path, format: .mscXML, declaredAt: XMLFixture.manifest)
        let dataset = try StoryLoader.load(spec, mapping: nil)
        let shown = FilePaths.display(path)
        #expect(dataset.diagnostics.map(\.description) == [
            "warning: element <mood> is not part of msc-xml and was skipped --> \(shown):2:40",
            "warning: selected=\"maybe\" is not true or false; the panel's decision is read as not recorded --> \(shown):2:58",
        ])
        #expect(dataset.stories?.stories[0].selections == [Selection(level: "team", selected: nil)])
    }

    @Test("a collection with no <domains> accepts the domains its stories name, and says so")
    func undeclaredDomains() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("n.xml", "<msc-stories><story id=\"1\" domain=\"x\"><text>a</text></story></msc-stories>")
        let dataset = try StoryLoader.load(
            DatasetSpec(id: "n", kind: .mscStories, path: path, format: .mscXML, declaredAt: XMLFixture.manifest), mapping: nil
        )
        #expect(dataset.stories?.domains == [StoryDomain(id: "x", label: "x")])
        #expect(dataset.diagnostics.map(\.description) == [
            "warning: the file declares no <domains>; every domain its stories name is accepted --> \(FilePaths.display(path))",
        ])
    }
}
