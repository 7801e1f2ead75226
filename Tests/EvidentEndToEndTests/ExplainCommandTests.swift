import Foundation
import Testing

@Suite("evident explain", .serialized)
struct ExplainCommandTests {
    @Test("a quote's reference from results.json is explained: its answer, segment and codes")
    func reference() throws {
        let output = try EvidentCommand.temporaryDirectory().appendingPathComponent("report")
        let study = EvidentCommand.fixture("mini/study.yaml")
        #expect(try EvidentCommand.run(["report", "--study", study, "--output", output.path]).status == 0)
        let data = try #require(FileManager.default.contents(atPath: output.appendingPathComponent("results.json").path))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let quote = try #require((json["quotes"] as? [[String: Any]])?.first)
        let reference = try #require(quote["reference"] as? String)
        let dataset = try #require(quote["dataset"] as? String)
        let respondent = try #require(quote["respondent"] as? String)
        let result = try EvidentCommand.run(["explain", reference, "--study", study])
        #expect(result.status == 0, "\(result.stderr)")
        let segment = try #require(reference.split(separator: ".").last)
        #expect(result.stdout.hasPrefix("quote \(reference) · segment \(segment) of the answer to '"))
        #expect(result.stdout.contains("\(dataset) · respondent \(respondent) · line "))
        #expect(result.stdout.contains("   segment \(segment) ["))
    }

    @Test("an unknown or malformed reference is an error that says what to give")
    func unknown() throws {
        let study = EvidentCommand.fixture("mini/study.yaml")
        let missing = try EvidentCommand.run(["explain", "ZZZZZZZZ.0", "--study", study])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("error: no answer in the study has the quote reference 'ZZZZZZZZ.0'"))
        let malformed = try EvidentCommand.run(["explain", "practitioners-2016", "--study", study])
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("error: 'practitioners-2016' is not a quote reference"))
    }
}
