import Foundation
import Testing

/// `evident report --annex include|separate`: the technical annex at the end of the appendix
/// (the default) or in its own files, in every rendering.
@Suite("report --annex", .serialized)
struct AnnexPlacementTests {
    /// Every published file's text, packages unzipped part by part (`PublishedText`).
    func report(_ arguments: [String]) throws -> [String: String] {
        let output = try EvidentCommand.temporaryDirectory().appendingPathComponent("report")
        let result = try EvidentCommand.run(["report", "--study", EvidentCommand.fixture("mini/study.yaml"), "--output", output.path] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try PublishedText.files(in: output)
    }

    func text(_ files: [String: String], _ name: String) throws -> String {
        try #require(files[name], "\(name) missing")
    }

    @Test("by default the annex ends the appendix, under its part heading, and no annex file is written")
    func included() throws {
        let files = try report([])
        #expect(files["annex.html"] == nil && files["annex.md"] == nil && files["annex.docx/word/document.xml"] == nil)
        let markdown = try text(files, "appendix.md")
        #expect(markdown.contains("# Part B. Main appendix"))
        #expect(markdown.contains("# Part C. Technical annex"))
        #expect(markdown.contains("## 10. Rejected records and invalid values"))
    }

    @Test("separate: annex.html, annex.md and annex.docx hold the annex with its numbers; the appendix says where it is")
    func separate() throws {
        let files = try report(["--annex", "separate"])
        let appendix = try text(files, "appendix.md")
        let annex = try text(files, "annex.md")
        #expect(!appendix.contains("Part C. Technical annex"))
        #expect(!appendix.contains("## 10. Rejected records"))
        #expect(appendix.contains("is a separate file: annex.html, annex.md and annex.docx beside this one."))
        #expect(annex.hasPrefix("# Technical annex: "))
        #expect(annex.contains("## 10. Rejected records and invalid values"))
        #expect(!annex.contains("## 2. Sources"))
        // Numbers continue from the appendix: its last table is 6, the annex's first is 7.
        #expect(appendix.contains("**Table 6.**") && !appendix.contains("**Table 7.**"))
        #expect(annex.contains("**Table 7.**") && !annex.contains("**Table 6.**"))
        let html = try text(files, "annex.html")
        #expect(html.contains("<title>Technical annex: "))
        #expect(html.contains("id=\"rejections\""))
        #expect(!(try text(files, "appendix.html")).contains("id=\"rejections\""))
        // The Word annex is a document of its own: its body names the annex's sections only.
        let word = try text(files, "annex.docx/word/document.xml")
        #expect(word.contains("Technical annex") && word.contains("10. Rejected records") && !word.contains("2. Sources"))
        let main = try text(files, "appendix.docx/word/document.xml")
        #expect(main.contains("2. Sources") && !main.contains("10. Rejected records"))
    }

    @Test("an unknown placement is refused with the choices")
    func refused() throws {
        let result = try EvidentCommand.run(["report", "--study", EvidentCommand.fixture("mini/study.yaml"), "--annex", "appendix"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("include") && result.stderr.contains("separate"))
    }
}
