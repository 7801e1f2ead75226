import Foundation
import Testing

@testable import EvidentReport

@Suite("StreamingFile: written in pieces, put in place whole")
struct StreamingFileTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "evident-streaming-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("replaces an existing file, and leaves no temporary file behind")
    func replaces() throws {
        let folder = try folder()
        let target = folder + "/coded_segments.csv"
        try Data("old contents, longer than the new ones\n".utf8).write(to: URL(fileURLWithPath: target))
        let file = try StreamingFile(path: target)
        try file.append(Array("new ".utf8))
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: target)), as: UTF8.self).hasPrefix("old"),
                "the old file stays until commit")
        try file.append(Array("contents\n".utf8))
        try file.commit()
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: target)), as: UTF8.self) == "new contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["coded_segments.csv"])
    }

    @Test("a file never committed is removed and the old one kept")
    func abandoned() throws {
        let folder = try folder()
        let target = folder + "/coded_segments.csv"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        do {
            let file = try StreamingFile(path: target)
            try file.append(Array("half-written".utf8))
        }
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: target)), as: UTF8.self) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["coded_segments.csv"])
    }
}
