import EvidentImport
import EvidentModel
import Foundation

/// Paths, temporary files, xmllint and codebook comparison for the exchange tests.
enum ExchangeSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var sampleStudy: String { packageRoot.appendingPathComponent("Surveys/study.yaml").path }
    static var sampleCodebook: String { packageRoot.appendingPathComponent("Codebooks/early-help.yaml").path }

    /// `../shared/fixtures/real/<name>` beside the package.
    static func real(_ name: String) -> String {
        packageRoot.appendingPathComponent("../shared/fixtures/real/" + name).standardizedFileURL.path
    }

    static func realExists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: real(name))
    }

    /// `Tests/Fixtures/real/<name>`: a file another tool wrote, kept in the repository (see its
    /// `ORIGINS.md`).
    static func repositoryReal(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/real/" + name).path
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "evident-exchange-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `xmllint --noout --schema <xsd> <file>`: the exit status and what it printed.
    static func validate(_ file: String, schema: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint ?? "/usr/bin/xmllint")
        process.arguments = ["--noout", "--schema", schema, file]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// The codebook with `declaredAt` cleared everywhere, for comparing what was read.
    static func withoutLocations(_ codebook: Codebook) -> Codebook {
        func clean(_ code: Code) -> Code {
            var code = code
            code.declaredAt = nil
            code.patterns = code.patterns.map { PatternSource($0.text) }
            code.exclude = code.exclude.map { PatternSource($0.text) }
            code.codes = code.codes.map(clean)
            return code
        }
        var copy = codebook
        copy.themes = codebook.themes.map(clean)
        return copy
    }

    /// A codebook with every awkward value a writer must quote or escape.
    static let awkward = Codebook(
        name: "Yes", version: "2016.1", language: "no", description: "null",
        options: CodingOptions(negation: false, stemming: true, segment: .response),
        themes: [
            Code(
                id: "on", label: "No", definition: "key: value # not a comment", include: "  leading and trailing spaces  ",
                excludeGuidance: "line one\nline two\r\nwith \"quotes\" and 'apostrophes' and a tab\there",
                patterns: [PatternSource("\"social worker\" NEAR/4 listen*"), PatternSource("mum's"), PatternSource("- dash")],
                exclude: [PatternSource("[brackets]"), PatternSource("*star"), PatternSource("&anchor")],
                negation: true, appliesTo: [], examples: ["~", "Emoji 👩🏽‍⚕️ and é", "@mention", "=SUM(A1)", "% percent", ""],
                color: "#3366CC",
                codes: [
                    Code(id: "true", label: "True", appliesTo: ["practitioner-survey", "y"], color: "red"),
                    Code(id: "x-1", label: "<tag> & ampersand", definition: "]]> and <![CDATA[", negation: false),
                ]
            ),
            Code(id: "2016", label: "2016"),
        ]
    )
}
