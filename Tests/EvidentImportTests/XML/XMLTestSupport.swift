import EvidentModel
import Foundation

@testable import EvidentImport

/// Fixtures of the XML tests (`Fixtures/xml/`), how their paths appear in messages, and small
/// helpers to read XML text through the streaming reader.
enum XMLFixture {
    static func path(_ name: String) -> String {
        FixturePaths.fixture("xml/" + name)
    }

    /// The path as messages show it (relative to the working directory of the test run).
    static func shown(_ name: String) -> String {
        FilePaths.display(path(name))
    }

    static let manifest = SourceLocation(file: "study.yaml", line: 12, column: 5)

    static let scales = Dictionary(uniqueKeysWithValues: Scale.builtIn.map { ($0.id, $0) })
        .merging(["yes-partly-no": Scale(id: "yes-partly-no", kind: .ordinal(levels: ["No", "Partly", "Yes"], positive: [2]))]) { $1 }

    /// Every event of `text` read as the file `name` in a fresh folder, and the error that
    /// stopped the reader, if any (its full rendering).
    static func read(_ text: String, name: String = "doc.xml", options: XMLStreamReader.Options = XMLStreamReader.Options()) throws -> (events: [XMLEvent], error: String?) {
        try read(bytes: Array(text.utf8), name: name, options: options)
    }

    static func read(bytes: [UInt8], name: String = "doc.xml", options: XMLStreamReader.Options = XMLStreamReader.Options()) throws -> (events: [XMLEvent], error: String?) {
        let folder = try TemporaryDirectory()
        let path = try folder.write(name, bytes: bytes)
        let reader = try XMLStreamReader(path: path, displayPath: name, options: options)
        var events: [XMLEvent] = []
        do {
            while let event = try reader.next() { events.append(event) }
            return (events, nil)
        } catch {
            return (events, error.description)
        }
    }

    /// The error reading `text` gives, rendered; `nil` when it reads cleanly.
    static func error(_ text: String, name: String = "doc.xml") throws -> String? {
        try read(text, name: name).error
    }

    /// Start tags named `name` in a file, counted on its raw text (not through the reader), so
    /// the accounting can be checked against something independent.
    static func countStartTags(_ name: String, inFile path: String) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "<\(name)[\\s>/]")
        return pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// Events without whitespace-only text, as compact strings: `<name a=v>`, `"text"@line`, `</name>`.
    static func compact(_ events: [XMLEvent]) -> [String] {
        events.compactMap { event in
            switch event {
            case .start(let start):
                let attributes = start.attributes.map { " \($0.name)=\($0.value)" }.joined()
                return "<\(start.name)\(attributes)>@\(start.line):\(start.column.map(String.init) ?? "-")"
            case .text(let text, let line):
                return text.trimmedWhitespace.isEmpty ? nil : "\"\(text)\"@\(line)"
            case .end(let name, _):
                return "</\(name)>"
            }
        }
    }
}
