import EvidentApplication
import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Exports found in a folder (for `inspect DIR` and runs without a manifest).
@Suite("Inference: finding exports in a folder")
struct ExportDiscoveryTests {
    @Test("the sample study's folder: CSVs, the KoBo folder as one export, the msc file; coding files and interviews left out",
          .enabled(if: InferenceFixtures.sampleExists("study.yaml")))
    func sample() {
        let found = ExportDiscovery.exports(in: InferenceFixtures.sample(""))
        let root = InferenceFixtures.sample("")
        let exports = found.exports.map { String($0.dropFirst(root.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
        #expect(exports == [
            "closure-feedback-2016.csv", "practitioner-survey-2015.csv", "practitioner-survey-2016.csv",
            "google-forms/partner-agencies-2016.csv", "kobo", "limesurvey/young-people-feedback-2016.csv",
            "msc/early-help-msc-2017.xml", "outcomes/case-outcomes-2016.csv", "outcomes/family-review-feedback-2016.csv",
            "outcomes/family-star-plus-2016.csv",
        ])
        let skipped = found.skipped.map { String($0.path.dropFirst(root.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
        #expect(skipped == ["coding/coverage.csv", "coding/double-coded.csv", "interviews", "interviews/participants.csv", "region"])
    }

    /// The study folder holds XML below it (the KoBo folder, the MSC file), but it is not a
    /// folder of ODK submissions: inspecting it inspects each export on its own.
    @Test("inspecting the sample study's folder inspects each export, not the folder as one ODK export",
          .enabled(if: InferenceFixtures.sampleExists("study.yaml")))
    func inspectSampleFolder() throws {
        let outcome = try InspectRun.inspect([InferenceFixtures.sample("")])
        #expect(outcome.inspections.map(\.format) == [
            .msforms, .surveymonkey, .surveymonkey, .googleForms, .odkXML, .limesurvey, .mscXML, .csv, .csv, .csv,
        ])
        #expect(outcome.skipped.count == 5)
    }

    @Test("a folder of interview transcripts is not read as a survey of its participants list")
    func interviewsFolder() throws {
        let folder = try TemporaryDirectory()
        try folder.write("P01.txt", "Interviewer: How did it go?\nP01: Better than I hoped.\n")
        try folder.write("participants.csv", "participant,pseudonym,name\nP01,Kristy,Jane Doe\n")
        #expect(ExportDiscovery.exports(in: folder.path).exports.isEmpty)
        do {
            _ = try InspectRun.inspect([folder.path])
            Issue.record("a transcripts folder inspected as exports")
        } catch {
            #expect(error.description == """
                error: the folder holds no exports --> \(FilePaths.display(folder.path))
                  help: left out: \(FilePaths.display(folder.path)): 1 interview transcript(s): add an interviews data set to the manifest (kind: interviews, file: \(FilePaths.display(folder.path))); \(FilePaths.display(folder.path))/participants.csv: the participants list of the interview transcripts beside it (participants: in their data set)
                """)
        }
    }

    @Test("an empty folder holds no exports; inspect says so")
    func empty() throws {
        let folder = try TemporaryDirectory()
        try folder.write("README.md", "nothing here")
        #expect(ExportDiscovery.exports(in: folder.path).exports.isEmpty)
        #expect(throws: InputErrors.self) { try InspectRun.inspect([folder.path]) }
        do {
            _ = try InspectRun.inspect([folder.path])
        } catch {
            #expect(error.description == """
                error: the folder holds no exports --> \(FilePaths.display(folder.path))
                  help: exports are .csv, .tsv, .xlsx or .xml files, or folders of ODK submissions
                """)
        }
    }

    @Test("a missing file: exact error")
    func missing() {
        #expect(throws: InputError("no such file or folder", at: SourceLocation(file: "no/such.csv"), help: "check the path")) {
            try ExportInspector.inspect("no/such.csv")
        }
    }
}
