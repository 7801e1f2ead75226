import Foundation
import Testing

/// Compares rendered output with a file under `Golden/`, or rewrites the file when
/// `EVIDENT_RECORD_GOLDEN=1` is set (then review the diff before committing).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["EVIDENT_RECORD_GOLDEN"] == "1" }

    /// Files compared as text; binary files (`.docx`, `.png`, `.sqlite`) are checked by their own tests.
    static func isText(_ name: String) -> Bool {
        !name.hasSuffix(".docx") && !name.hasSuffix(".png") && !name.hasSuffix(".sqlite")
    }

    /// The files recorded under `Golden/<subfolder>`, relative to it, sorted.
    static func recorded(under subfolder: String) throws -> [String] {
        let root = folder.appendingPathComponent(subfolder)
        var names: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                names.append(relative)
            }
        }
        return names.sorted()
    }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
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
