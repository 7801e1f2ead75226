import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite("Stories from CSV or ODK through the manifest's stories: mapping")
struct MappedStoryReaderTests {
    static let csvMapping = StoryMapping(
        id: "Story ID", domain: "Domain of change", group: "Storyteller group", role: "Role", storyteller: "Name",
        text: "What happened?", significance: "Why is it significant?", collected: "Date",
        selections: [
            .init(level: "district", selected: "District selected", reasons: "District reasons"),
            .init(level: "county", selected: "County selected", reasons: "County reasons"),
        ],
        domains: [
            StoryDomain(id: "family-wellbeing", label: "Changes in family wellbeing"),
            StoryDomain(id: "multi-agency", label: "Changes in multi-agency working"),
        ],
        declaredAt: SourceLocation(file: "study.yaml", line: 20, column: 7)
    )

    static func spec(_ name: String, format: ExportFormat, attributes: [String] = []) -> DatasetSpec {
        DatasetSpec(
            id: "stories", kind: .mscStories, path: XMLFixture.path(name), format: format, attributes: attributes,
            declaredAt: XMLFixture.manifest
        )
    }

    @Test("CSV: stories load with per-level selections; bad rows are rejected with id, line and reason; totals reconcile")
    func csv() throws {
        let dataset = try StoryLoader.load(Self.spec("stories.csv", format: .csv, attributes: ["group", "Role"]), mapping: Self.csvMapping)
        let shown = XMLFixture.shown("stories.csv")
        #expect(dataset.format == .csv)
        #expect(dataset.accounting == Accounting(rowsRead: 5, complete: 2, partial: 0, rejected: 3))
        #expect(dataset.rejections.map { "\($0.location) \($0.respondent ?? "-") \($0.reason)" } == [
            "\(shown):4 C-3 story names domain 'housing', which the manifest does not declare (declared: family-wellbeing, multi-agency)",
            "\(shown):5 C-4 story has no text",
            "\(shown):6 C-5 story has 3 fields where the header has 12",
        ])
        let stories = try #require(dataset.stories)
        #expect(stories.domains == Self.csvMapping.domains)
        #expect(stories.stories[0] == Story(
            id: "C-1", domain: "family-wellbeing", collected: "2017-02-01",
            storyteller: Storyteller(group: "staff", role: "Family worker"), text: "Mum came to the group, twice.",
            significance: "She had not been out in months.",
            selections: [Selection(level: "district", selected: true, reasons: ["A clear change"]), Selection(level: "county", selected: false)],
            line: 2
        ))
        #expect(dataset.respondents.map(\.attributes) == [["staff", "Family worker"], ["partner", "School nurse"]])
        #expect(dataset.respondents.map(\.personalDetails) == [[], ["Priya"]])
    }

    @Test("ODK: element paths map to story fields; one column for the level reached, its decision and reasons")
    func odk() throws {
        let mapping = StoryMapping(
            id: "meta/instanceID", title: "story/title", domain: "domain", group: "teller/group", role: "role", text: "story/text",
            significance: "why", selectedLevel: "panel/level", selected: "panel/selected", reasons: "panel/reasons"
        )
        let dataset = try StoryLoader.load(Self.spec("odk-stories.xml", format: .odkXML, attributes: ["domain", "level"]), mapping: mapping)
        #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 2, partial: 0, rejected: 1))
        #expect(dataset.accounting.rowsRead == (try XMLFixture.countStartTags("msc_form", inFile: XMLFixture.path("odk-stories.xml"))))
        #expect(dataset.rejections.map { "\($0.location) \($0.respondent ?? "-") \($0.reason)" } == [
            "\(XMLFixture.shown("odk-stories.xml")):10 uuid:aaaa0002-0000-4000-8000-000000000002 story has no text",
        ])
        let stories = try #require(dataset.stories)
        #expect(stories.domains == [
            StoryDomain(id: "family-wellbeing", label: "family-wellbeing"), StoryDomain(id: "multi-agency", label: "multi-agency"),
        ])
        #expect(stories.stories.map(\.title) == ["Back to football", "One plan"])
        #expect(stories.stories.map(\.selections) == [
            [Selection(level: "district", selected: true, reasons: ["Shows the value of one trusted adult."])],
            [Selection(level: "county", selected: false)],
        ])
        #expect(dataset.respondents.map(\.attributes) == [["family-wellbeing", "district"], ["multi-agency", ""]])
        #expect(dataset.respondents[1].answers == ["The school and the GP finally talked to each other.", ""])
    }

    @Test("stories from CSV or ODK need a mapping")
    func mappingRequired() throws {
        #expect(throws: InputError(
            "data set 'stories' holds stories in a csv file, so it needs a stories: mapping", at: XMLFixture.manifest,
            help: "name the columns that hold each story field, e.g. stories: {id: Story ID, domain: Domain, text: Story}"
        )) {
            try StoryLoader.load(Self.spec("stories.csv", format: .csv), mapping: nil)
        }
    }

    @Test("a mapped column that is not in the file is an error at the mapping, with the closest columns")
    func missingColumn() throws {
        var mapping = Self.csvMapping
        mapping.text = "What happend?"
        #expect(throws: InputError(
            "stories: text names column 'What happend?', which is not in \(XMLFixture.shown("stories.csv"))",
            at: SourceLocation(file: "study.yaml", line: 20, column: 7),
            help: "closest columns: 'What happened?', 'Date', 'Story ID'"
        )) {
            try StoryLoader.load(Self.spec("stories.csv", format: .csv), mapping: mapping)
        }
    }
}
