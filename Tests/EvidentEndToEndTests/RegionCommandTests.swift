import Foundation
import Testing

/// `evident region` over the two neighbouring councils' summaries kept in Surveys/region/ (made by
/// Scripts/sample-outcomes/neighbours from invented data): what a region would receive.
@Suite("evident region, end to end", .serialized)
struct RegionCommandTests {
    static let wyvern = EvidentCommand.packageRoot.appendingPathComponent("Surveys/region/wyvern-summary.json").path
    static let saltmarsh = EvidentCommand.packageRoot.appendingPathComponent("Surveys/region/saltmarsh-summary.json").path

    func json(_ path: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    func manifest(in folder: URL, mapped: Bool) throws -> String {
        let text = """
            region:
              title: Two councils
              output: out
            councils:
              - summary: \(Self.wyvern)
                name: Wyvern
              - summary: \(Self.saltmarsh)
                name: Saltmarsh
            \(mapped ? "    items: {gain-trust: trust, threshold-judgement: thresholds, complete-eha: eha}\n" : "")
            """
        let path = folder.appendingPathComponent("region.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the region's folder is checked like a report folder: the folder holding the summaries is refused, and they survive")
    func outputChecked() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let summaries = [("wyvern", Self.wyvern), ("saltmarsh", Self.saltmarsh)].map { name, source in
            let path = data.appendingPathComponent("\(name).json").path
            try? FileManager.default.copyItem(atPath: source, toPath: path)
            return path
        }
        // Before the check, this replaced the folder whole: both councils' summaries were lost.
        for output in [data, folder] {
            let refused = try EvidentCommand.run(["region"] + summaries + ["--output", output.path])
            #expect(refused.status != 0, "\(output.path)")
            #expect(refused.stderr.contains("the report folder"), "\(refused.stderr)")
            for path in summaries { #expect(FileManager.default.fileExists(atPath: path)) }
        }
        let own = try EvidentCommand.run(["region"] + summaries + ["--output", folder.appendingPathComponent("region").path])
        #expect(own.status == 0, "\(own.stderr)")
    }

    @Test("the themes table holds the codebook's top-level themes where a council published a figure; the codes stay in region.json")
    func themesTopLevel() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EvidentCommand.run(["region", "--manifest", try manifest(in: folder, mapped: true)])
        #expect(result.status == 0, "\(result.stderr)")
        let region = try json(folder.appendingPathComponent("out/region.json").path)
        let themes = try #require(region["themes"] as? [[String: Any]])
        // Independent: the top-level themes are the codebook's, as its YAML lists them.
        let codebook = try String(contentsOf: EvidentCommand.packageRoot.appendingPathComponent("Codebooks/early-help.yaml"), encoding: .utf8)
        let topLevel = Set(codebook.components(separatedBy: "\n").compactMap { line -> String? in
            line.hasPrefix("  - id: ") ? String(line.dropFirst("  - id: ".count)).trimmingCharacters(in: .whitespaces) : nil
        })
        #expect(!topLevel.isEmpty)
        for theme in themes {
            let id = try #require(theme["code_id"] as? String)
            #expect((theme["top_level"] as? Bool) == topLevel.contains(id), "\(id)")
        }
        let shown = themes.filter { ($0["top_level"] as? Bool) == true && ((($0["share"] as? [String: Any])?["pooled"] as? [String: Any])?["base"] as? Int ?? 0) > 0 }
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/appendix.md"), encoding: .utf8)
        let section = try #require(markdown.components(separatedBy: "\n## ").first { $0.components(separatedBy: "\n")[0].hasSuffix("Themes across the region") })
        let rows = section.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Figure") }
        #expect(rows.count == shown.count, "\(rows.count) rows for \(shown.count) themes")
        #expect(rows.count < themes.count)
    }

    @Test("pools each KPI as the sum of the councils' counts, places each council on the funnel, draws the plots")
    func pools() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["region", "--manifest", try manifest(in: folder, mapped: true)])
        #expect(result.status == 0, "\(result.stderr)")
        let region = try json(folder.appendingPathComponent("out/region.json").path)
        #expect(region["schema"] as? String == "evident.region/1")
        #expect(region["councils"] as? [String] == ["Wyvern", "Saltmarsh"])
        // Independent: add up the councils' own published counts from their summary.json files.
        let sources = try [json(Self.wyvern), json(Self.saltmarsh)].map { try #require($0["kpis"] as? [[String: Any]]) }
        let kpis = try #require(region["kpis"] as? [[String: Any]])
        #expect(kpis.count == sources[0].count)
        for kpi in kpis {
            let id = try #require(kpi["id"] as? String)
            let own = sources.map { list in list.first { $0["kpi_id"] as? String == id } }
            let successes = own.compactMap { $0?["successes"] as? Int }
            let bases = own.enumerated().compactMap { index, entry in successes.count == 2 || (entry?["successes"] as? Int) != nil ? entry?["base"] as? Int : nil }
            let pooled = try #require(kpi["pooled"] as? [String: Any])
            #expect(pooled["successes"] as? Int == successes.reduce(0, +), "\(id)")
            #expect(pooled["base"] as? Int == bases.reduce(0, +), "\(id)")
        }
        // Mapped ids pool: trust in 2016 holds both councils' answers.
        let items = try #require(region["items"] as? [[String: Any]])
        let trust = try #require(items.first { $0["item_id"] as? String == "trust" && $0["wave"] as? String == "2016" })
        let councils = try #require(trust["councils"] as? [String: Any])
        #expect(councils.keys.sorted() == ["Saltmarsh", "Wyvern"])
        #expect(result.stderr.contains("left out: Saltmarsh, item 'overall-confidence' (2016): its scale confidence-1-5"))
        let charts = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/charts").path)
        #expect(charts.contains("funnel-kpis-needs-met-fully-2016.svg"))
        #expect(charts.contains("funnel-item-trust-2016.svg"))
        // The regional appendix, in every rendering: the pooled table, each council beside it, the funnel plots.
        let markdown = try String(contentsOfFile: folder.appendingPathComponent("out/appendix.md").path, encoding: .utf8)
        for heading in ["1. Councils and what was merged", "2. Case outcomes across the region", "3. Distance travelled: Family Star Plus, 2016",
                        "4. Practitioner survey items across the region", "5. Themes across the region"] {
            #expect(markdown.contains("## " + heading), "\(heading)")
        }
        #expect(markdown.contains("| Figure | Region | Wyvern | Saltmarsh |"))
        #expect(markdown.contains("charts/funnel-kpis-needs-met-fully-2016.svg"))
        #expect(markdown.contains("its scale confidence-1-5 (1–5, positive from 4) differs"))
        let html = try String(contentsOfFile: folder.appendingPathComponent("out/appendix.html").path, encoding: .utf8)
        #expect(html.contains("99.8% limits"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/appendix.docx").path))
    }

    @Test("without the map, a council's differently named items stay apart; change since the last round per council")
    func unmapped() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["region", "--manifest", try manifest(in: folder, mapped: false)])
        #expect(result.status == 0, "\(result.stderr)")
        let region = try json(folder.appendingPathComponent("out/region.json").path)
        let items = try #require(region["items"] as? [[String: Any]])
        let trust = try #require(items.first { $0["item_id"] as? String == "trust" && $0["wave"] as? String == "2016" })
        #expect((trust["councils"] as? [String: Any])?.keys.sorted() == ["Wyvern"])
        let changes = try #require(region["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["council"] as? String == "Saltmarsh" && $0["item_id"] as? String == "gain-trust" && $0["from_wave"] as? String == "2015" })
    }

    @Test("summaries named on the command line; the same inputs give the same bytes")
    func arguments() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let first = try EvidentCommand.run(["region", Self.wyvern, Self.saltmarsh, "--output", folder.appendingPathComponent("a").path])
        let second = try EvidentCommand.run(["region", Self.wyvern, Self.saltmarsh, "--output", folder.appendingPathComponent("b").path])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)")
        #expect(try EvidentCommand.snapshot(folder.appendingPathComponent("a")) == EvidentCommand.snapshot(folder.appendingPathComponent("b")))
    }

    @Test("a missing summary, one council, a file that is not a summary: clear errors, exit 1")
    func errors() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let manifest = folder.appendingPathComponent("region.yaml").path
        try "region: {title: R}\ncouncils:\n  - summary: nowhere.json\n  - summary: \(Self.wyvern)\n".write(toFile: manifest, atomically: true, encoding: .utf8)
        let missing = try EvidentCommand.run(["region", "--manifest", manifest])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: summary 'nowhere.json' not found -->"))
        #expect(missing.stderr.contains("region.yaml:3:14"))
        let one = try EvidentCommand.run(["region", Self.wyvern])
        #expect(one.status != 0)
        #expect(one.stderr.contains("name two councils' summary.json files or more"))
        let notSummary = folder.appendingPathComponent("not.json").path
        try #"{"schema": "evident.results/1"}"#.write(toFile: notSummary, atomically: true, encoding: .utf8)
        let wrong = try EvidentCommand.run(["region", Self.wyvern, notSummary, "--output", folder.appendingPathComponent("o").path])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("not evident.summary/1"))
    }

    @Test("the kept summaries carry no case id, attribute value or free text, and no count of 1 to 4")
    func keptSummariesDisclose() throws {
        for path in [Self.wyvern, Self.saltmarsh] {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for leak in ["WB40", "SD40", "Family support worker", "Riverside", "Family Support Team", "Respondent"] {
                #expect(!text.contains(leak), "\(path) holds '\(leak)'")
            }
            var small: [String] = []
            func walk(_ value: Any, _ path: String) {
                if let object = value as? [String: Any] {
                    for (key, child) in object { walk(child, path + "/" + key) }
                } else if let array = value as? [Any] {
                    for (index, child) in array.enumerated() { walk(child, path + "/\(index)") }
                } else if let number = value as? Int, (1...4).contains(number),
                          ["successes", "base", "respondents", "n", "cases", "could_progress", "progressed", "could_progress_any", "progressed_any"].contains(path.split(separator: "/").last.map(String.init) ?? "") {
                    small.append(path)
                }
            }
            walk(try json(path), "")
            #expect(small.isEmpty, "\(small)")
        }
    }
}
