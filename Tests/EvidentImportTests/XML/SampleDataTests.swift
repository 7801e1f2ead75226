import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// The sample study's XML data sets (`Surveys/msc`, `Surveys/kobo`) load as their READMEs say.
@Suite("Sample data: the MSC collection and the KoBo submissions")
struct SampleDataTests {
    static let surveys = FixturePaths.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Surveys").path

    @Test("the MSC collection: 36 stories read, 33 loaded, three rejected for their deliberate problems")
    func stories() throws {
        let path = Self.surveys + "/msc/early-help-msc-2017.xml"
        let spec = DatasetSpec(
            id: "msc-2017", kind: .mscStories, path: path, format: .mscXML, wave: "2017", attributes: ["domain", "group"],
            declaredAt: XMLFixture.manifest
        )
        let dataset = try StoryLoader.load(spec, mapping: nil)
        #expect(dataset.accounting == Accounting(rowsRead: 36, complete: 33, partial: 0, rejected: 3))
        #expect(try XMLFixture.countStartTags("story", inFile: path) == 36)
        #expect(dataset.rejections.map { "\($0.respondent ?? "-") \($0.reason)" } == [
            "S-034 story has no text",
            "S-035 story names domain 'housing', which the file does not declare (declared: family-wellbeing, children-school, multi-agency, practitioner-practice)",
            "S-012 story repeats id 'S-012' of the story on line 104",
        ])
        let stories = try #require(dataset.stories).stories
        #expect(stories.filter(\.isSelected).count == 10)
        #expect(stories.filter { $0.highestSelectedLevel == "county" }.map(\.id) == ["S-001", "S-007"])
        #expect(Set(stories.map(\.domain)).count == 4)
        #expect(dataset.diagnostics.isEmpty)
    }

    @Test("the KoBo folder: 12 submissions, the one cut off mid-upload rejected, the rest complete")
    func kobo() throws {
        let spec = DatasetSpec(
            id: "kobo-feedback-2017", kind: .serviceUserFeedback, path: Self.surveys + "/kobo", format: .odkXML, wave: "2017",
            attributes: ["service", "respondent"],
            items: ["got_help", "things_improved", "recommend"].map { ItemSpec(column: $0, id: $0, scale: "yes-partly-no") },
            freeText: ["difference", "better"], declaredAt: XMLFixture.manifest
        )
        let dataset = try XMLDatasetLoader.load(spec, scales: XMLFixture.scales)
        #expect(dataset.accounting == Accounting(rowsRead: 12, complete: 11, partial: 0, rejected: 1))
        #expect(dataset.rejections.map(\.reason) == ["record could not be read: Premature end of data in tag difference line 14"])
        #expect(dataset.respondents.allSatisfy { $0.id.hasPrefix("uuid:") })
        #expect(Set(dataset.respondents.map { $0.attributes[0] }) == ["family_support", "parenting", "young_carers", "targeted_youth"])
        #expect(dataset.items.map(\.column) == ["feedback/got_help", "feedback/things_improved", "feedback/recommend"])
        #expect(dataset.questions.map(\.id) == ["feedback/difference", "feedback/better"])
    }
}
