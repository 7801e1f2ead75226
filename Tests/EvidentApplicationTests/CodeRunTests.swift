import EvidentCoding
import Foundation
import Synchronization
import Testing

@testable import EvidentApplication

@Suite("evident code: progress over a whole streamed run")
struct CodeRunTests {
    static let sampleStudy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Surveys/study.yaml").path

    /// Progress counts answers and bytes over the whole run (not the batch being coded), never
    /// goes back, reaches the totals the run reports, and carries the share of the input read.
    @Test("answers and bytes accumulate across data sets and batches, and the share read reaches 1")
    func accumulates() throws {
        let seen = Mutex<[CodingProgress]>([])
        let folder = NSTemporaryDirectory() + "evident-progress-" + UUID().uuidString
        let location = try StudyLocation.resolve(study: Self.sampleStudy, output: folder)
        let outcome = try CodeRun.code(location) { progress in
            seen.withLock { $0.append(progress) }
        }
        let reports = seen.withLock { $0 }
        #expect(reports.count >= 8, "one report per chunk, at least one per data set")
        #expect(reports.map(\.answers) == reports.map(\.answers).sorted())
        #expect(reports.map(\.bytes) == reports.map(\.bytes).sorted())
        #expect(reports.last?.answers == outcome.answers)
        #expect(reports.last?.bytes == outcome.bytes)
        #expect(reports.allSatisfy { ($0.inputFraction ?? -1) >= 0 && ($0.inputFraction ?? 2) <= 1 })
        #expect(reports.last?.inputFraction == 1)
    }
}
