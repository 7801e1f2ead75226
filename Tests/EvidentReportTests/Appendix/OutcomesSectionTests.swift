import EvidentAnalysis
import EvidentCoding
import EvidentFormats
import EvidentImport
import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// The outcomes section, from a small study written here: six families whose every domain holds
/// one value, so each family's average is that value and the progress matrix is worked by hand.
@Suite("The outcomes section")
struct OutcomesSectionTests {
    /// (family, first, latest): Lower < 5, Middle < 7, Higher from 7.
    static let families = [("F1", 3, 6), ("F2", 3, 8), ("F3", 5, 5), ("F4", 6, 8), ("F5", 8, 4), ("F6", 2, 2)]

    static func content() throws -> ReportContent {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("evident-outcomes-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let domains = OutcomeTool.familyStarPlus.domains.map(\.label)
        var readings = ["Family,Date," + domains.joined(separator: ",")]
        for (family, first, latest) in families {
            readings.append("\(family),01/02/2016," + Array(repeating: String(first), count: 10).joined(separator: ","))
            readings.append("\(family),01/08/2016," + Array(repeating: String(latest), count: 10).joined(separator: ","))
        }
        try (readings.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("star.csv"), atomically: true, encoding: .utf8)
        let cases = ["Family,Closed,Reason"] + families.enumerated().map { index, family in "\(family.0),01/09/2016,\(index < 4 ? "Needs met" : "Needs not met")" }
        try (cases.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("cases.csv"), atomically: true, encoding: .utf8)
        let manifest = """
            study: {title: Outcomes, suppress_below: 2}
            datasets:
              - id: star
                kind: outcome-readings
                file: star.csv
                wave: "2016"
                readings: {case_id: Family, date: Date}
              - id: cases
                kind: case-outcomes
                file: cases.csv
                cases: {case_id: Family, closed: Closed, closure_reason: Reason, needs_met: {fully: [Needs met], not: [Needs not met]}}

            """
        let path = folder.appendingPathComponent("study.yaml").path
        try manifest.write(toFile: path, atomically: true, encoding: .utf8)
        let spec = try ManifestReader.read(path: path)
        var datasets: [Dataset] = []
        for dataset in spec.datasets { datasets.append(try DatasetLoader.load(dataset, scales: spec.scales)) }
        let results = StudyAnalysis.analyse(spec: spec, codebook: nil, engine: nil, datasets: datasets, segments: [])
        return try ReportWriter.content(
            results, codedSegments: nil, database: nil, options: ReportWriter.Options(version: "0.1.0"), agreement: nil, rasterizer: ChartRasterizer())
    }

    @Test("the outcome CSV tables hold the hand-worked figures: the matrix cell by cell, 3 of 6 above, a KPI of 4 of 6; none for a study without outcomes")
    func tables() throws {
        let content = try Self.content()
        let tables = Dictionary(try ReportTables.all(content.document).map { ($0.name, $0.table) }, uniquingKeysWith: { first, _ in first })
        // A small CSV reader (quoted fields may hold commas; no field here holds a line end).
        func fields(_ line: String) -> [String] {
            var out: [String] = [], field = "", quoted = false
            var characters = line.makeIterator()
            while let character = characters.next() {
                switch character {
                case "\"" where quoted: quoted = false
                case "\"" where field.isEmpty: quoted = true
                case "," where !quoted: out.append(field); field = ""
                default: field.append(character)
                }
            }
            return out + [field]
        }
        func rows(_ name: String) throws -> [[String: String]] {
            let table = try #require(tables[name], "no \(name)")
            // CRLF is one Character in Swift: split on any line end.
            let lines = table.rendered().split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) }
            let header = fields(lines[0])
            return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, fields($0))) }
        }
        // By hand (`families`): Lower row 1/1/1, Middle 0/1/1, Higher 1/0/0.
        let matrix = try rows("progress-matrix.csv")
        #expect(matrix.count == 9)
        #expect(matrix.map { $0["cases"] ?? "" } == ["1", "1", "1", "0", "1", "1", "1", "0", "0"])
        #expect(matrix.first?["first_band"] == "Lower" && matrix.first?["latest_band"] == "Lower")
        let outcome = try #require(try rows("outcomes.csv").first)
        #expect(outcome["above_successes"] == "3" && outcome["above_base"] == "6" && outcome["above_pct"] == "50")
        #expect(outcome["below_successes"] == "1" && outcome["on_successes"] == "2")
        let domains = try rows("outcome-domains.csv")
        #expect(domains.count == 10)
        // Each domain's mean change: (3 + 5 + 0 + 2 − 4 + 0) / 6 = 1.
        #expect(domains.allSatisfy { $0["mean_change"] == "1" && $0["pairs"] == "6" })
        // Needs fully met: F1–F4 of six closed cases.
        let kpi = try #require(try rows("case-kpis.csv").first { $0["kpi_id"] == "needs-met-fully" && ($0["attribute"] ?? "").isEmpty })
        #expect(kpi["share_successes"] == "4" && kpi["share_base"] == "6")
        // The mini study has no outcome data: no outcome table.
        let mini = try ReportTables.all(try MiniStudy.content().document).map(\.name)
        #expect(!mini.contains { $0.hasPrefix("outcome") || $0 == "progress-matrix.csv" || $0 == "case-kpis.csv" })
    }

    @Test("the progress matrix, by hand: Lower row 1/1/1, Middle 0/1/1, Higher 1/0/0; 3 above, 2 on, 1 below")
    func matrix() throws {
        let content = try Self.content()
        let distance = try #require(content.document.outcomes.distance.first)
        #expect(distance.matrix == [[1, 1, 1], [0, 1, 1], [1, 0, 0]])
        #expect(distance.above.successes == 3 && distance.on.successes == 2 && distance.below.successes == 1 && distance.above.base == 6)
        let section = try #require(content.appendix.sections.first { $0.id == "outcomes" })
        let matrix = try #require(section.blocks.flatMap(\.tables).first { $0.caption.contains("progress matrix") })
        #expect(matrix.rows.map { $0.cells.map(\.text) } == [
            ["Started Lower", "1", "1", "1", "3"], ["Started Middle", "0", "1", "1", "2"], ["Started Higher", "1", "0", "0", "1"],
            ["Total", "2", "2", "2", "6"],
        ])
    }

    @Test("every number in the section's tables is the figure results.json holds at its pointer")
    func pointers() throws {
        let content = try Self.content()
        let json = try #require(JSONSerialization.jsonObject(with: Data(content.document.rendered().utf8)) as? [String: Any])
        let section = try #require(content.appendix.sections.first { $0.id == "outcomes" })
        var checked = 0
        for table in section.blocks.flatMap(\.tables) {
            for row in table.rows {
                for cell in row.cells {
                    guard let source = cell.source, let value = cell.value else { continue }
                    var node: Any? = json
                    for key in source.split(separator: "/") {
                        if let index = Int(key), let array = node as? [Any] { node = array[index] } else { node = (node as? [String: Any])?[String(key)] }
                    }
                    let stored = try #require(node as? Double, "\(source)")
                    #expect(abs(stored - value) < 1e-12, "\(source)")
                    checked += 1
                }
            }
        }
        #expect(checked > 40)
        // The mean change of Physical health, by hand: (3 + 5 + 0 + 2 − 4 + 0) / 6 = 1.
        let domain = try #require(content.document.outcomes.distance.first?.domains.first)
        #expect(domain.meanChange == 1)
    }

    @Test("the section reaches the Markdown, HTML and Word renderings, with its chart")
    func renderings() throws {
        let content = try Self.content()
        let markdown = MarkdownAppendix.render(content.appendix)
        #expect(markdown.contains(". Outcomes\n"))
        #expect(markdown.contains("Distance travelled: Family Star Plus, Star (2016)"))
        #expect(markdown.contains("charts/distance-star.svg"))
        let html = content.templates.render(content.appendix, template: "appendix.html")
        #expect(html.contains("Needs fully met at closure"))
        #expect(html.contains("mean first reading"))
        let docx = try WordAppendix.package(content.appendix, pngs: content.pngs)
        let archive = try ZipArchive(bytes: Array(docx), file: "appendix.docx")
        let entry = try #require(archive.entries.first { $0.path == "word/document.xml" })
        let document = String(decoding: try archive.contents(of: entry), as: UTF8.self)
        #expect(document.contains("Distance travelled: Family Star Plus, Star (2016)"))
        #expect(document.contains("progress matrix"))
    }
}
