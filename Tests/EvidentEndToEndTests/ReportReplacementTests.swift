import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-report replacement (issue 14, defect 5): `evident report` killed with SIGKILL at many
/// points while it writes leaves its folder holding the old report or the new one, whole.
@Suite("A report is replaced whole or not at all")
struct ReportReplacementTests {
    /// A copy of the mini study with two manifests giving different reports into one folder.
    static func study() throws -> URL {
        let folder = try EvidentCommand.temporaryDirectory()
        for name in ["codebook.yaml", "feedback.csv", "practitioners.csv"] {
            try FileManager.default.copyItem(atPath: EvidentCommand.fixture("mini/" + name), toPath: folder.appendingPathComponent(name).path)
        }
        let manifest = try String(contentsOfFile: EvidentCommand.fixture("mini/study.yaml"), encoding: .utf8)
        try manifest.write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try manifest.replacingOccurrences(of: "quotes_per_theme: 2", with: "quotes_per_theme: 1")
            .replacingOccurrences(of: "title: Mini study", with: "title: Mini study, second version")
            .write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// Starts `evident report` and kills it after `delay` seconds (if still running).
    static func killedRun(_ manifest: URL, output: URL, after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = EvidentCommand.productsDirectory.appendingPathComponent("evident")
        process.arguments = ["report", "--study", manifest.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay * 1_000_000))
        let killed = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return killed
    }

    @Test("SIGKILL at 24 points while the report is written: the folder is always the old report or the new one, whole")
    func killed() throws {
        let folder = try Self.study()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        let manifests = [folder.appendingPathComponent("a.yaml"), folder.appendingPathComponent("b.yaml")]
        // Both reports, whole, and how long a run takes.
        var reports: [[String: Data]] = []
        var seconds = 0.0
        for manifest in manifests {
            let started = Date()
            let result = try EvidentCommand.run(["report", "--study", manifest.path, "--output", output.path])
            seconds = max(seconds, Date().timeIntervalSince(started))
            #expect(result.status == 0, "\(result.stderr)")
            reports.append(try EvidentCommand.snapshot(output))
        }
        #expect(reports[0] != reports[1])
        #expect(reports[0].keys.contains("results.json") && reports[0].keys.contains("appendix.md"))
        var killedMidway = 0
        for point in 0..<24 {
            let before = try EvidentCommand.snapshot(output)
            let current = before == reports[0] ? 0 : 1
            #expect(before == reports[current], "the folder is neither report before kill \(point)")
            let delay = seconds * Double(point + 1) / 24
            if try Self.killedRun(manifests[1 - current], output: output, after: delay) { killedMidway += 1 }
            let after = try EvidentCommand.snapshot(output)
            #expect(after == reports[0] || after == reports[1], "after a kill at \(delay) s the folder holds a mix: \(after.keys.sorted())")
        }
        #expect(killedMidway >= 12, "only \(killedMidway) of 24 runs were still running when killed")
        // A run after the kills clears the hidden folders the killed runs left beside the report.
        let result = try EvidentCommand.run(["report", "--study", manifests[0].path, "--output", output.path])
        #expect(result.status == 0)
        #expect(try EvidentCommand.snapshot(output) == reports[0])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".report.evident-") }
        #expect(leftovers.isEmpty)
    }
}
