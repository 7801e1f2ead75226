import Foundation
import Testing

@Suite("evident report, end to end", .serialized)
struct ReportRunTests {
    func runMini() throws -> (EvidentCommand.Result, URL) {
        let output = try EvidentCommand.temporaryDirectory().appendingPathComponent("report")
        let result = try EvidentCommand.run(["report", "--study", EvidentCommand.fixture("mini/study.yaml"), "--output", output.path])
        return (result, output)
    }

    @Test("writes the appendix, results, rejections and tables, and exits 0 with a summary on stderr")
    func writesReport() throws {
        let (result, output) = try runMini()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let files = try EvidentCommand.snapshot(output).keys.sorted()
        let charts = ["items-feedback-2016-yes-partly-no", "items-practitioners-2016-confidence-0-100", "themes"]
        // PNGs are drawn by rsvg-convert (librsvg2-bin, which .ci/run installs) when it is there.
        let pictures = EvidentCommand.hasRasterizer ? charts.map { "charts/\($0).png" } : []
        #expect(files == ([
            "appendix.docx", "appendix.html", "appendix.md", "coded_segments.csv", "questions.csv", "rejections.csv", "results.json",
            "results.sqlite", "summary.json",
            "tables/changes.csv", "tables/code-co-occurrence.csv", "tables/coding-coverage.csv", "tables/composites.csv",
            "tables/inputs.csv", "tables/item-breakdowns.csv", "tables/item-distributions.csv", "tables/items.csv",
            "tables/quotes.csv", "tables/theme-breakdowns.csv", "tables/themes-by-dataset.csv", "tables/themes.csv", "tables/training-needs-ranking.csv",
            "tables/uncoded-terms.csv",
        ] + charts.map { "charts/\($0).svg" } + pictures).sorted())
        #expect(result.stderr.contains("practitioners-2016: 6 records from"))
        #expect(result.stderr.contains("2 complete, 2 partial, 2 rejected; response rate 40.0% of 10 invited"))
        #expect(result.stderr.contains("record repeats respondent id '11873003' of an earlier record"))
    }

    /// Golden files, re-recorded only on purpose: `EVIDENT_RECORD_GOLDEN=1 swift test --filter golden`,
    /// then review the diff. Every file of the mini study's report is compared: the appendix in
    /// each rendering, results.json, the tables, the charts and the coded segments.
    @Test("golden: every file of the mini study's report")
    func golden() throws {
        let (result, output) = try runMini()
        #expect(result.status == 0)
        let files = try EvidentCommand.snapshot(output)
        for name in files.keys.sorted() where Golden.isText(name) {
            let text = String(decoding: try #require(files[name]), as: UTF8.self)
            try Golden.check(text, against: "mini-report/" + name)
        }
        #expect(try Golden.recorded(under: "mini-report").filter(Golden.isText) == files.keys.sorted().filter(Golden.isText))
    }

    /// LibreOffice's own reader is the independent check that the package opens: Debian's
    /// libreoffice-writer, which .ci/run installs.
    @Test("LibreOffice opens appendix.docx and converts it to PDF", .enabled(if: EvidentCommand.soffice != nil))
    func libreOffice() throws {
        let (result, output) = try runMini()
        #expect(result.status == 0)
        let pdf = output.deletingLastPathComponent().appendingPathComponent("pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(EvidentCommand.soffice))
        process.arguments = [
            "-env:UserInstallation=file://" + output.deletingLastPathComponent().appendingPathComponent("lo-profile").path,
            "--headless", "--convert-to", "pdf", "--outdir", pdf.path, output.appendingPathComponent("appendix.docx").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let bytes = try #require(FileManager.default.contents(atPath: pdf.appendingPathComponent("appendix.pdf").path))
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        #expect(bytes.count > 20_000)
    }

    @Test("the same inputs give byte-identical outputs")
    func deterministic() throws {
        let (_, first) = try runMini()
        let (_, second) = try runMini()
        #expect(try EvidentCommand.snapshot(first) == EvidentCommand.snapshot(second))
    }

    @Test("results.json reconciles: rows read = complete + partial + rejected for every input")
    func accountingInResults() throws {
        let (_, output) = try runMini()
        let data = try #require(FileManager.default.contents(atPath: output.appendingPathComponent("results.json").path))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        #expect(inputs.count == 2)
        for input in inputs {
            let read = try #require(input["rows_read"] as? Int)
            let parts = try ["complete", "partial", "rejected"].map { try #require(input[$0] as? Int) }
            #expect(read == parts.reduce(0, +))
        }
        #expect(inputs[0]["rows_read"] as? Int == 6)
        #expect(inputs[1]["rows_read"] as? Int == 3)
    }

    @Test("the sample study in Surveys/ runs with no arguments and exits 0",
          .enabled(if: FileManager.default.fileExists(atPath: EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path)))
    func sampleStudy() throws {
        let output = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["report", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("appendix.md").path))
    }
}
