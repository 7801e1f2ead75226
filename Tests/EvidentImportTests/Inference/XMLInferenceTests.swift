import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Inference on XML exports: ODK / KoBoToolbox folders, Qualtrics XML and msc-xml.
@Suite("Inference: ODK folders, Qualtrics XML and msc-xml")
struct XMLInferenceTests {
    @Test("an ODK folder (subfolders included, a broken file counted): instanceID the id, 'Maybe' keeps got_help off a scale")
    func odkFolder() throws {
        let inspection = try ExportInspector.inspect(XMLFixture.path("odk-folder"))
        #expect(inspection.format == .odkXML)
        #expect(inspection.records == 3)
        #expect(InferenceFixtures.summary(inspection) == [
            "service: attribute", "got_help: attribute", "difference: free text", "meta/instanceID: identifier",
        ])
        #expect(inspection.notes.contains { $0.contains("a submission could not be read") })
    }

    @Test("the sample's KoBo folder: about/ attributes, three Yes / Partly / No items, free text, choice codes as a multi-select",
          .enabled(if: InferenceFixtures.sampleExists("kobo")))
    func koboSample() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.sample("kobo"))
        #expect(inspection.kind.kind == .serviceUserFeedback)
        // Twelve submissions: about/service and about/respondent are attributes, but most of
        // their groups hold fewer than five people, so neither is proposed as a breakdown.
        #expect(inspection.columns(.attribute).map(\.name).starts(with: ["about/service", "about/respondent"]))
        #expect(inspection.columns.filter(\.isBreakdown).isEmpty)
        #expect(inspection.columns(.item).map { "\($0.name) \($0.scale?.scale.id ?? "")" } == [
            "feedback/got_help yes-partly-no", "feedback/things_improved yes-partly-no", "feedback/recommend yes-partly-no",
        ])
        #expect(inspection.columns(.freeText).map(\.name) == ["feedback/difference", "feedback/better"])
        #expect(inspection.columns.first { $0.name == "feedback/helped_with" }?.isMultiSelect == true)
        #expect(inspection.columns(.metadata).map(\.name).contains("formhub/uuid"))
    }

    @Test("Qualtrics XML: response metadata, IP and location personal, QID2 on agreement-5, QID3_TEXT free text")
    func qualtricsXML() throws {
        let inspection = try ExportInspector.inspect(XMLFixture.path("qualtrics-responses.xml"))
        #expect(inspection.format == .qualtricsXML)
        #expect(InferenceFixtures.role("_recordId", in: inspection) == "identifier")
        #expect(inspection.personalColumns.map(\.name) == [
            "ipAddress", "recipientLastName", "recipientFirstName", "recipientEmail", "locationLatitude", "locationLongitude",
        ])
        #expect(InferenceFixtures.scale("QID2", in: inspection) == "agreement-5")
        #expect(InferenceFixtures.role("QID1", in: inspection) == "attribute")
        #expect(InferenceFixtures.role("QID3_TEXT", in: inspection) == "free text")
    }

    @Test("msc-xml: stories counted, domains listed, kind msc-stories")
    func msc() throws {
        let inspection = try ExportInspector.inspect(XMLFixture.path("msc-small.xml"))
        #expect(inspection.format == .mscXML)
        #expect(inspection.kind.kind == .mscStories)
        #expect(inspection.records == 6)
        #expect(inspection.notes.first == "6 stories; domains: family-wellbeing, multi-agency")
    }
}
