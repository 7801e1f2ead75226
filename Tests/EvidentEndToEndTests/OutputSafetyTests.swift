import Foundation
import Testing

/// Free text, labels and values written to resist every output format: HTML, Markdown, CSV.
@Suite("Outputs are safe with hostile input", .serialized)
struct OutputSafetyTests {
    func run() throws -> URL {
        let output = try EvidentCommand.temporaryDirectory().appendingPathComponent("report")
        let result = try EvidentCommand.run(["report", "--study", EvidentCommand.fixture("hostile/study.yaml"), "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)), as: UTF8.self)
    }

    @Test("script and event-handler markup in free text and labels is escaped in the HTML appendix")
    func html() throws {
        let html = try text(try run(), "appendix.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>study</b>"))
        #expect(!html.contains("<i>received</i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("Hostile input &lt;b&gt;study&lt;/b&gt;"))
        // The only scripts are none at all: the appendix needs no JavaScript.
        #expect(!html.lowercased().contains("<script"))
    }

    @Test("markup in free text cannot become Markdown or inline HTML in appendix.md")
    func markdown() throws {
        let markdown = try text(try run(), "appendix.md")
        // Every "<" that could open a tag is backslash-escaped (CommonMark then prints it as text).
        let scalars = Array(markdown.unicodeScalars)
        for index in scalars.indices.dropLast() where scalars[index] == "<" && scalars[index + 1].properties.isAlphabetic {
            #expect(index > 0 && scalars[index - 1] == "\\", "unescaped tag at \(index)")
        }
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("\\[link\\](javascript:alert(3))"))
    }

    @Test("spreadsheet formulas are neutralised in every CSV written")
    func csv() throws {
        let folder = try run()
        let rejections = try text(folder, "rejections.csv")
        #expect(rejections.contains("'=cmd|"))
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".csv") else { continue }
            let content = try text(folder, name)
            for line in content.split(whereSeparator: \.isNewline) {
                for field in line.split(separator: ",") {
                    let cell = field.hasPrefix("\"") ? field.dropFirst() : field[...]
                    #expect(!cell.hasPrefix("=") && !cell.hasPrefix("@"), "\(name): \(line)")
                }
            }
        }
    }

    @Test("quotes are anonymised: a phone number and a name never reach the outputs")
    func anonymised() throws {
        let folder = try run()
        for name in ["appendix.html", "appendix.md", "results.json"] {
            let content = try text(folder, name)
            #expect(!content.contains("07700 900123"), "\(name)")
            #expect(content.contains(name.hasSuffix(".md") ? "\\[phone\\]" : "[phone]"), "\(name)")
        }
    }

    @Test("a council's own template replaces the shipped one by name, and reads the appendix model")
    func templateOverride() throws {
        let templates = try EvidentCommand.temporaryDirectory()
        try "<h1>{{title}} for our councillors</h1>{{#sections}}<h2>{{numberedTitle}}</h2>{{/sections}}\n".write(
            to: templates.appendingPathComponent("appendix.html.mustache"), atomically: true, encoding: .utf8)
        let output = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run([
            "report", "--study", EvidentCommand.fixture("hostile/study.yaml"), "--output", output.path, "--template", templates.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try text(output, "appendix.html").hasPrefix("<h1>Hostile input &lt;b&gt;study&lt;/b&gt; for our councillors</h1><h2>1. Sources</h2>"))
        #expect(try text(output, "appendix.md").hasPrefix("# Evidence appendix: Hostile input \\<b\\>study\\</b\\>\n"))
    }
}
