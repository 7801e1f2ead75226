import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite("XML data sets: recognising the format, and dispatch")
struct XMLDatasetLoaderTests {
    @Test("a format is recognised from the root element, a folder of .xml files is ODK, anything else is not XML", arguments: [
        ("msc-small.xml", ExportFormat?.some(.mscXML)),
        ("qualtrics-responses.xml", .qualtricsXML),
        ("odk-repeat.xml", .odkXML),
        ("odk-wrapper.xml", .odkXML),
        ("odk-folder", .odkXML),
        ("billion-laughs.xml", .odkXML),
        ("stories.csv", nil),
    ])
    func recognise(name: String, format: ExportFormat?) {
        #expect(XMLDatasetLoader.recognise(XMLFixture.path(name)) == format)
    }

    @Test("format auto: the loader reads each XML format by its root")
    func auto() throws {
        let spec = DatasetSpec(
            id: "q", kind: .serviceUserFeedback, path: XMLFixture.path("qualtrics-responses.xml"), format: .auto,
            items: [], freeText: [], declaredAt: XMLFixture.manifest
        )
        #expect(try XMLDatasetLoader.load(spec, scales: XMLFixture.scales).format == .qualtricsXML)
        let stories = DatasetSpec(id: "s", kind: .mscStories, path: XMLFixture.path("msc-small.xml"), format: .auto, declaredAt: XMLFixture.manifest)
        #expect(try XMLDatasetLoader.load(stories, scales: XMLFixture.scales).stories?.stories.count == 3)
    }

    @Test("msc-xml declared as a survey is an error at the manifest")
    func storiesAsSurvey() throws {
        let spec = DatasetSpec(
            id: "msc", kind: .practitionerSurvey, path: XMLFixture.path("msc-small.xml"), format: .mscXML, declaredAt: XMLFixture.manifest
        )
        #expect(throws: InputError(
            "msc-xml files hold Most Significant Change stories, but data set 'msc' is of kind practitioner-survey",
            at: XMLFixture.manifest, help: "declare it with kind: msc-stories"
        )) {
            try XMLDatasetLoader.load(spec, scales: XMLFixture.scales)
        }
    }

    @Test("stories cannot come from a Qualtrics XML export")
    func storiesFromQualtrics() throws {
        let spec = DatasetSpec(
            id: "s", kind: .mscStories, path: XMLFixture.path("qualtrics-responses.xml"), format: .qualtricsXML, declaredAt: XMLFixture.manifest
        )
        #expect(throws: InputError(
            "stories cannot be read from a Qualtrics XML export", at: XMLFixture.manifest,
            help: "export the stories as CSV and map their columns under stories:"
        )) {
            try StoryLoader.load(spec, mapping: nil)
        }
    }
}
