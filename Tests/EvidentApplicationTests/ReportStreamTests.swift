import EvidentAnalysis
import EvidentCoding
import EvidentModel
import EvidentReport
import Foundation
import Testing

@testable import EvidentApplication

/// The streamed report (one pass, tallies merged from workers, a bounded quote pool) against the
/// in-memory definition (`StudyAnalysis.analyse` over every respondent and segment, every quote
/// candidate kept): every file of the two reports but `coded_segments.csv` and `results.sqlite`
/// — `results.json` (every item statistic, test, composite, theme count, breakdown,
/// co-occurrence, story, uncoded term and quote), the tables and the appendix — byte for byte.
@Suite("Streamed report equals the in-memory one")
struct ReportStreamTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sampleStudy = root.appendingPathComponent("Surveys/study.yaml").path

    /// The files both reports hold, compared.
    static func compared(_ name: String) -> Bool { name != "coded_segments.csv" && name != "results.sqlite" }

    @Test("the sample study: evident report's own run equals the in-memory report")
    func sampleStudy() throws {
        let streamed = NSTemporaryDirectory() + "evident-streamed-" + UUID().uuidString
        let location = try StudyLocation.resolve(study: Self.sampleStudy, output: streamed)
        _ = try ReportRun.run(ReportOptions(location: location, version: "test"))
        let reference = try Self.inMemoryReport(location: location)
        try Self.expectSameFiles(streamed, reference)
    }

    @Test("a seeded random study, in batches and chunks of any size", arguments: [(7, 3), (64, 64), (500, 1), (10_000, 1_000)])
    func randomStudy(batch: Int, chunk: Int) throws {
        let study = try RandomStudy(seed: 17, respondents: 400)
        let location = try StudyLocation.resolve(study: study.manifest, output: study.folder + "/out")
        let streamed = try Self.streamedReport(location: location, batch: batch, chunk: chunk)
        let reference = try Self.inMemoryReport(location: location)
        try Self.expectSameFiles(streamed, reference)
        let results = try String(contentsOfFile: streamed + "/results.json", encoding: .utf8)
        #expect(results.contains("\"p_value\""), "the waves are compared")
        #expect(results.contains("\"cronbach_alpha\""), "the survey has a composite")
        #expect(results.contains("\"attribution\""), "quotes are chosen")
    }

    /// Writes the report the way `evident report` streams it, with the given batch and chunk sizes.
    static func streamedReport(location: StudyLocation, batch: Int, chunk: Int) throws -> String {
        let prepared = try StudyRun.prepare(location)
        let folder = NSTemporaryDirectory() + "evident-streamed-" + UUID().uuidString
        let outcome = try ReportStream.run(prepared, folder: folder, keep: .none, batchSize: batch, chunkSize: chunk, progress: nil)
        _ = try ReportWriter.write(
            outcome.tally.results(), codedSegments: outcome.codedSegments, database: outcome.database, to: folder,
            options: ReportWriter.Options(version: "test"))
        return folder
    }

    /// Writes the report from the whole study in memory: every respondent, every coded segment.
    static func inMemoryReport(location: StudyLocation) throws -> String {
        let study = try StudyRun.load(location)
        let segments = study.engine.map { CodingRun.code(study.datasets, with: $0) } ?? []
        let results = StudyAnalysis.analyse(
            spec: study.spec, codebook: study.codebook, engine: study.engine, datasets: study.datasets, segments: segments)
        let agreement = try study.spec.agreement.map { spec throws(InputError) in try StudyAgreement.measure(spec, study: study) }
        let folder = NSTemporaryDirectory() + "evident-in-memory-" + UUID().uuidString
        _ = try ReportWriter.write(
            results, codedSegments: nil, to: folder, options: ReportWriter.Options(version: "test"), agreement: agreement)
        return folder
    }

    static func expectSameFiles(_ streamed: String, _ reference: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let names = try files(in: reference).filter(compared)
        #expect(try files(in: streamed).filter(compared) == names, sourceLocation: sourceLocation)
        #expect(names.contains("results.json"), sourceLocation: sourceLocation)
        for name in names {
            let expected = try Data(contentsOf: URL(fileURLWithPath: reference + "/" + name))
            let actual = try Data(contentsOf: URL(fileURLWithPath: streamed + "/" + name))
            #expect(actual == expected, "\(name) differs", sourceLocation: sourceLocation)
        }
    }

    static func files(in folder: String) throws -> [String] {
        var names: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), !isFolder.boolValue,
               !name.hasPrefix(".") {
                names.append(name)
            }
        }
        return names.sorted()
    }
}
