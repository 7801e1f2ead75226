import EvidentModel
import EvidentApplication
import Foundation
import Testing

/// The sample study's exports carry names, email addresses and IP addresses in their
/// personal-data columns (SurveyMonkey's Email Address, First Name, Last Name, IP Address;
/// Microsoft Forms' Email and Name). None of them may reach any output file.
@Suite("Personal data never reaches an output", .serialized)
struct PersonalDataTests {
    @Test("no email, full name or IP address from a personal-data column appears in any output of the sample study",
          .enabled(if: FileManager.default.fileExists(atPath: EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path)))
    func sampleStudy() throws {
        let manifest = EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path
        let study = try StudyRun.load(studyPath: manifest)
        var needles: Set<String> = []
        for dataset in study.datasets {
            for respondent in dataset.respondents {
                let details = respondent.personalDetails
                needles.formUnion(details.filter { $0.contains("@") || $0.contains(" ") || $0.allSatisfy { $0.isNumber || $0 == "." } })
                let words = details.filter { !$0.contains("@") && !$0.contains(".") && !$0.contains(" ") }
                if words.count >= 2 { needles.insert(words.joined(separator: " ")) }
            }
        }
        #expect(needles.count >= 10, "the sample should hold personal data to look for: \(needles.sorted())")
        let output = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["report", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try PublishedText.files(in: output)
        #expect(files.count > 10)
        #expect(files.keys.contains("appendix.docx/word/document.xml"))
        for (name, content) in files {
            let text = content.lowercased()
            for needle in needles where text.contains(needle.lowercased()) {
                Issue.record("\(name) contains personal data '\(needle)'")
            }
        }
    }
}
