import EvidentAnalysis
import EvidentFormats
import EvidentImport
import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// Three waves of a practitioner survey, written here so every share is worked by hand: the
/// trend chart, the first-to-latest comparisons beside the adjacent pairs, and what the summary
/// says of them (issue 16, item 6).
@Suite("Change across three waves")
struct TrendSectionTests {
    /// Per wave: (answers to "trust", answers to "thresholds"); nil is a blank. The confidence
    /// scale counts 70 or more as positive.
    /// - trust: 2015 10 of 40 positive (25.0%), 2016 20 of 40 (50.0%), 2017 32 of 40 (80.0%).
    /// - thresholds: 2015 20 of 40 (50.0%), 2016 5 answers only (too few to chart), 2017 22 of 40 (55.0%).
    static func answers(wave: String) -> [(Int?, Int?)] {
        let trustPositive = ["2015": 10, "2016": 20, "2017": 32][wave] ?? 0
        let thresholdsPositive = ["2015": 20, "2016": 3, "2017": 22][wave] ?? 0
        let thresholdsAnswered = wave == "2016" ? 5 : 40
        return (0..<40).map { index in
            (index < trustPositive ? 80 : 40, index < thresholdsAnswered ? (index < thresholdsPositive ? 90 : 30) : nil)
        }
    }

    static func content() throws -> ReportContent {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("evident-trend-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var datasets = ""
        for wave in ["2015", "2016", "2017"] {
            let rows = answers(wave: wave).enumerated().map { index, pair in
                "\(index + 1),\(pair.0.map(String.init) ?? ""),\(pair.1.map(String.init) ?? "")"
            }
            try (["ID,Gain the trust of families,Assess thresholds"].joined() + "\n" + rows.joined(separator: "\n") + "\n")
                .write(to: folder.appendingPathComponent("practitioners-\(wave).csv"), atomically: true, encoding: .utf8)
            datasets += """
                  - id: practitioners-\(wave)
                    kind: practitioner-survey
                    file: practitioners-\(wave).csv
                    format: csv
                    wave: "\(wave)"
                    respondent_id: ID
                    items:
                      - {column: Gain the trust of families, id: trust, scale: confidence-0-100}
                      - {column: Assess thresholds, id: thresholds, scale: confidence-0-100}

                """
        }
        let path = folder.appendingPathComponent("study.yaml").path
        try ("study: {title: Three waves}\ndatasets:\n" + datasets).write(toFile: path, atomically: true, encoding: .utf8)
        let spec = try ManifestReader.read(path: path)
        var loaded: [Dataset] = []
        for dataset in spec.datasets { loaded.append(try DatasetLoader.load(dataset, scales: spec.scales)) }
        let results = StudyAnalysis.analyse(spec: spec, codebook: nil, engine: nil, datasets: loaded, segments: [])
        return try ReportWriter.content(
            results, codedSegments: nil, database: nil, options: ReportWriter.Options(version: "0.1.0"), agreement: nil, rasterizer: ChartRasterizer())
    }

    static func figures(_ content: ReportContent) throws -> [Figure] {
        let section = try #require(content.appendix.sections.first { $0.id == "changes" })
        return section.blocks.compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
    }

    @Test("the trend chart plots every wave's % positive, hand-worked, and leaves out a wave under 10 answers")
    func trendChart() throws {
        let content = try Self.content()
        let figures = try Self.figures(content)
        let trend = try #require(figures.first)
        #expect(trend.chart.kind == .groupedBars)
        #expect(trend.name == "trend-practitioner-survey-2015-2017")
        #expect(trend.chart.series.map(\.name) == ["2015", "2016", "2017"])
        // trust: 10, 20 and 32 of 40; its first-to-latest change (25% → 80%) is significant.
        #expect(trend.chart.categories == ["Gain the trust of families *", "Assess thresholds"])
        #expect(trend.chart.series.map { $0.values[0] } == [25.0, 50.0, 80.0])
        // thresholds: 20 of 40, then 5 answers (not charted), then 22 of 40.
        #expect(trend.chart.series.map { $0.values[1].map { ($0 * 1e9).rounded() / 1e9 } } == [50.0, nil, 55.0])
        #expect(trend.altText.contains("Assess thresholds: 2015 50.0% (n 40), 2016 too few answers to chart (n 5), 2017 55.0% (n 40)."))
        #expect(trend.altText.contains("significant change from 2015 to 2017"))
        #expect(SVGCheck.wellFormedError(trend.standaloneSVG) == nil)
        #expect(trend.standaloneSVG.contains("80.0% *"))
        #expect(trend.standaloneSVG.contains("2016: n 5, too few to chart"))
        // The dot-and-arrow charts leave out the 2016 wave of thresholds (5 answers) too.
        let pair = try #require(figures.first { $0.name == "change-practitioner-survey-2015-2016" })
        #expect(pair.chart.series.map { $0.values[1] } == [50.0, nil])
        // Then a dot-and-arrow chart per adjacent pair, and one for the first wave against the latest.
        #expect(figures.dropFirst().map(\.name) == [
            "change-practitioner-survey-2015-2016", "change-practitioner-survey-2016-2017", "change-practitioner-survey-2015-2017",
        ])
    }

    @Test("results.json marks the first-to-latest comparisons, and the table and the summary say so")
    func firstToLatest() throws {
        let content = try Self.content()
        let rows = content.document.changes.filter { $0.itemID == "trust" }
        #expect(rows.map { "\($0.fromWave)-\($0.toWave)" } == ["2015-2016", "2016-2017", "2015-2017"])
        #expect(rows.map(\.firstToLatest) == [false, false, true])
        // 25% → 80% of 40 each: +55 points.
        #expect(abs((rows[2].pctPositiveChange ?? 0) - 55) < 1e-9)
        let json = try content.document.rendered()
        #expect(json.contains("\"first_to_latest\": true"))
        let section = try #require(content.appendix.sections.first { $0.id == "changes" })
        #expect(section.title == "Change across the waves")
        let table = try #require(section.blocks.flatMap(\.tables).first)
        #expect(table.rows.contains { $0.cells.first?.text == "Gain the trust of families" && $0.cells[1].text == "2015\u{00A0}→\u{00A0}2017" && $0.cells[1].detail == "first to latest" })
        let markdown = MarkdownAppendix.render(content.appendix)
        #expect(markdown.contains("Practitioners: % positive by item in each wave, 2015 to 2017"))
        #expect(markdown.contains("charts/trend-practitioner-survey-2015-2017.svg"))
        // The summary speaks of the latest wave against the previous and against the first.
        #expect(markdown.contains("composite confidence rose from **59.1** in 2016 to **67.5** in 2017"))
        #expect(markdown.contains("Since the first wave, 2015: practitioners' composite confidence rose from **55.0** in 2015 to **67.5** in 2017"))
    }

    @Test("Word draws the trend as a native clustered bar chart, one series per wave; the six-row table of changes stays portrait")
    func word() throws {
        let content = try Self.content()
        let docx = try WordAppendix.package(content.appendix, pngs: content.pngs)
        let archive = try ZipArchive(bytes: Array(docx), file: "appendix.docx")
        let charts = try archive.entries.filter { $0.path.hasPrefix("word/charts/chart") && $0.path.hasSuffix(".xml") }
            .map { String(decoding: try archive.contents(of: $0), as: UTF8.self) }
        let trend = try #require(charts.first { $0.contains("Gain the trust of families *") })
        #expect(trend.contains("<c:grouping val=\"clustered\"/>"))
        #expect(trend.components(separatedBy: "<c:ser>").count - 1 == 3)
        #expect(trend.contains("<c:v>2017</c:v>"))
        // Ten columns but six rows: not worth a landscape page of its own (it would leave the
        // page before part empty, and its own a third full).
        let document = try Self.documentXML(archive)
        #expect(!document.contains("w:orient=\"landscape\""))
    }

    /// Looked at in LibreOffice: the sample's ten-column table of changes (15 rows) squeezed its
    /// item names to a few letters a line in portrait.
    @Test("Word turns the sample's wide table of changes to landscape: a section of its own between portrait ones; the document ends portrait",
          .enabled(if: SampleStudy.isPresent))
    func landscape() throws {
        let content = try SampleStudy.content()
        let docx = try WordAppendix.package(content.appendix, pngs: content.pngs)
        let document = try Self.documentXML(try ZipArchive(bytes: Array(docx), file: "appendix.docx"))
        let sections = document.components(separatedBy: "<w:sectPr>").dropFirst().map { $0.contains("w:orient=\"landscape\"") }
        #expect(sections.contains(true))
        #expect(sections.last == false)
        let table = try #require(document.range(of: "Change between waves, item by item"))
        let before = try #require(document.range(of: "<w:sectPr>", options: .backwards, range: document.startIndex..<table.lowerBound))
        let after = try #require(document.range(of: "</w:sectPr>", range: table.upperBound..<document.endIndex))
        #expect(!document[before.lowerBound..<document.index(before.lowerBound, offsetBy: 200)].contains("landscape"))
        #expect(document[document.index(after.lowerBound, offsetBy: -400)..<after.upperBound].contains("w:orient=\"landscape\""))
    }

    static func documentXML(_ archive: ZipArchive) throws -> String {
        let entry = try #require(archive.entries.first { $0.path == "word/document.xml" })
        return String(decoding: try archive.contents(of: entry), as: UTF8.self)
    }
}
