import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite struct ScratchPlay {
    @Test func play() throws {
        for name in ["a", "bomb", "ext", "dtd", "bad", "undecl", "empty"] {
            let reader = try XMLStreamReader(path: "/tmp/xmlplay/\(name).xml", displayPath: "\(name).xml")
            var lines: [String] = []
            do {
                while let event = try reader.next() { lines.append("\(event)") }
            } catch {
                lines.append(error.description)
            }
            FileHandle.standardError.write(Data(("== \(name) enc=\(reader.encoding)\n" + lines.joined(separator: "\n") + "\n" + reader.warnings.map(\.description).joined(separator: "\n") + "\n").utf8))
        }
    }
}
