import Foundation
import Testing

/// Compares rendered output with a file under `Golden/`, or rewrites the file when
/// `EVIDENT_RECORD_GOLDEN=1` is set (then review the diff before committing).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["EVIDENT_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
        #expect(expected != nil, "no golden file \(name); record it with EVIDENT_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
        guard let expected, expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "(end of file)" }
        Issue.record(
            "\(name) differs from its golden file at line \(first + 1):\n  golden: \(shown(expectedLines))\n  actual: \(shown(actualLines))",
            sourceLocation: sourceLocation
        )
    }
}
