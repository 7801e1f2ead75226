import Foundation
import Testing

/// Terminal control sequences from the data never reach the terminal (issue 14, defect 6): a
/// value like `ESC]0;TITLE BEL ESC[2J` (retitle the window, clear the screen) or a U+202E in a
/// CSV was printed raw in the run summary, by `explain`, and in echoed YAML errors. Each is now
/// shown as `<U+XXXX>`; the runs here are the user's, through the built binary.
@Suite("Control characters from the data never reach the terminal", .serialized)
struct TerminalControlTests {
    static let sequence = "\u{1B}]0;TITLE\u{07}\u{1B}[2J"
    static let shown = "<U+001B>]0;TITLE<U+0007><U+001B>[2J"

    /// The mini study with the sequence in an invalid scale value, an answer, and a respondent id.
    static func study() throws -> URL {
        let folder = try EvidentCommand.temporaryDirectory()
        for name in ["codebook.yaml", "practitioners.csv", "study.yaml"] {
            try FileManager.default.copyItem(atPath: EvidentCommand.fixture("mini/" + name), toPath: folder.appendingPathComponent(name).path)
        }
        var lines = try String(contentsOfFile: EvidentCommand.fixture("mini/feedback.csv"), encoding: .utf8)
            .components(separatedBy: "\n")
        lines[1] = lines[1].replacingOccurrences(of: "We kept the flat", with: "We kept the flat \(sequence) and the \u{202E}txt.exe worker")
        lines[3] = lines[3].replacingOccurrences(of: "Maybe", with: "Maybe\(sequence)")
        // A file of more than 1% control bytes is binary, not a survey (`FileSniffer`): a longer
        // answer makes this one a survey with a hostile answer in it, as a real export would be.
        let long = (1...12).map { "week \($0) we met the worker at school and things got calmer at home" }.joined(separator: " then ")
        lines[2] = lines[2].replacingOccurrences(of: "I go to school more", with: "I go to school more: \(long)")
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("feedback.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    /// Both streams of a run hold no control or bidirectional character but line ends, and show
    /// the sequence as `<U+XXXX>`.
    static func expectSafe(_ result: EvidentCommand.Result, _ what: String) {
        let printed = result.stdout + result.stderr
        let unsafe = printed.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
        #expect(unsafe.isEmpty, "\(what) printed \(unsafe.map { String($0.value, radix: 16) })")
        #expect(printed.contains(shown), "\(what): \(printed)")
    }

    @Test("the run summary lists an invalid value holding the sequence as <U+XXXX>")
    func runSummary() throws {
        let folder = try Self.study()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EvidentCommand.run([
            "report", "--study", folder.appendingPathComponent("study.yaml").path, "--output", folder.appendingPathComponent("out").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectSafe(result, "report")
        #expect(result.stderr.contains("'Maybe\(Self.shown)' is not on scale yes-partly-no"))
    }

    @Test("no published file holds the sequence or U+202E: HTML, Markdown, CSV, SVG and every part of appendix.docx and its charts' workbooks")
    func publishedFiles() throws {
        let folder = try Self.study()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let result = try EvidentCommand.run(["report", "--study", folder.appendingPathComponent("study.yaml").path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try PublishedText.files(in: output)
        // The hostile answer is published (as a quote or in the tables): the check is not vacuous.
        #expect(files.contains { $0.key.hasPrefix("appendix.docx/") && $0.value.contains("txt.exe worker") })
        // results.json keeps the text as read (escaped as \u001b), and results.sqlite is data.
        for (name, text) in files where !name.hasSuffix(".json") && !name.hasSuffix(".sqlite") {
            let unsafe = text.unicodeScalars.filter {
                ($0.value < 0x20 && !["\n", "\r", "\t"].contains($0)) || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
            }
            #expect(unsafe.isEmpty, "\(name) holds \(unsafe.map { String($0.value, radix: 16) })")
        }
    }

    @Test("explain prints the answer and its codes with the sequence and U+202E as <U+XXXX>")
    func explain() throws {
        let folder = try Self.study()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EvidentCommand.run(["explain", "feedback-2016", "1", "--study", folder.appendingPathComponent("study.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectSafe(result, "explain")
        #expect(result.stdout.contains("the <U+202E>txt.exe worker"))
    }

    @Test("YAML errors name a control character, never echo it: an escaped key, and a raw ESC in the file")
    func yamlErrors() throws {
        let folder = try Self.study()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("study.yaml")
        let original = try String(contentsOf: manifest, encoding: .utf8)
        // A double-quoted YAML key may spell ESC and BEL as \e and \a: an unknown key echoed back.
        try original.replacingOccurrences(of: "  quotes_per_theme: 2", with: "  quotes_per_theme: 2\n  \"\\e]0;TITLE\\a\\e[2J\": x")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let unknown = try EvidentCommand.run(["report", "--study", manifest.path, "--output", folder.appendingPathComponent("out").path])
        #expect(unknown.status == 1)
        Self.expectSafe(unknown, "unknown key")
        // A raw ESC in the codebook is a YAML syntax error at its line and column.
        let codebook = folder.appendingPathComponent("codebook.yaml")
        let text = try String(contentsOf: codebook, encoding: .utf8)
        try (text + "# \(Self.sequence)\n").write(to: codebook, atomically: true, encoding: .utf8)
        let lint = try EvidentCommand.run(["codebook", "lint", codebook.path])
        #expect(lint.status == 1)
        let printed = lint.stdout + lint.stderr
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(printed)")
        #expect(printed.contains("U+001B"), "\(printed)")
    }
}
