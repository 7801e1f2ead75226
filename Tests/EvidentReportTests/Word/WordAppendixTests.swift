import EvidentImport
import Foundation
import Testing

@testable import EvidentReport

/// `appendix.docx` checked from outside: its package against the Open Packaging Conventions
/// (ECMA-376 Part 2), its document against what the appendix holds, and every number in its
/// tables against `results.json`.
@Suite("The Word appendix")
struct WordAppendixTests {
    struct Package {
        var parts: [String: Data]

        init(_ data: Data) throws {
            let archive = try ZipArchive(bytes: Array(data), file: "appendix.docx")
            var parts: [String: Data] = [:]
            for entry in archive.entries { parts[entry.path] = Data(try archive.contents(of: entry)) }
            self.parts = parts
        }

        func xml(_ path: String) throws -> XMLTree {
            let data = try #require(parts[path], "no part \(path)")
            return try #require(XMLTree.parse(data), "\(path) is not well-formed XML")
        }
    }

    static func docx() throws -> (Package, ReportContent) {
        let content = try MiniStudy.content()
        return (try Package(try WordAppendix.package(content.appendix, pngs: content.pngs)), content)
    }

    /// ECMA-376 Part 2: every part has a content type (by extension or by name) and every
    /// override names a part; every relationship's target exists; every part is reached from the
    /// package's relationships; relationship ids are unique in each relationships part; every
    /// XML part is well-formed.
    @Test("the package keeps the OOXML packaging rules: content types, relationships, every part referenced")
    func packageRules() throws {
        let (package, _) = try Self.docx()
        let types = try package.xml("[Content_Types].xml")
        let defaults = Set(types.all("Default").compactMap { $0.attributes["Extension"]?.lowercased() })
        let overrides = types.all("Override").compactMap { $0.attributes["PartName"] }
        for name in overrides { #expect(package.parts[String(name.dropFirst())] != nil, "override for a missing part \(name)") }
        for path in package.parts.keys where path != "[Content_Types].xml" {
            // The extension after the last dot of the name (`.rels` is a name with extension rels).
            let ext = String(path.split(separator: "/").last?.split(separator: ".", omittingEmptySubsequences: false).last ?? "").lowercased()
            #expect(defaults.contains(ext) || overrides.contains("/" + path), "no content type for \(path)")
        }
        // Walk the relationships from the package's own.
        var reached: Set<String> = []
        var queue = ["_rels/.rels"]
        while let rels = queue.popLast() {
            reached.insert(rels)
            let tree = try package.xml(rels)
            let relationships = tree.all("Relationship")
            let ids = relationships.compactMap { $0.attributes["Id"] }
            #expect(Set(ids).count == ids.count, "repeated relationship id in \(rels)")
            // The folder of the source part: `_rels/x.rels` sits beside the part it describes.
            let source = (rels as NSString).deletingLastPathComponent.replacingOccurrences(of: "_rels", with: "")
            for relationship in relationships where relationship.attributes["TargetMode"] != "External" {
                let target = try #require(relationship.attributes["Target"])
                let path = Self.resolve(target, from: source)
                #expect(package.parts[path] != nil, "\(rels) points to a missing part \(path)")
                guard !reached.contains(path) else { continue }
                reached.insert(path)
                let partRels = ((path as NSString).deletingLastPathComponent as NSString)
                    .appendingPathComponent("_rels/" + (path as NSString).lastPathComponent + ".rels")
                let relsPath = partRels.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                if package.parts[relsPath] != nil { queue.append(relsPath) }
            }
        }
        for path in package.parts.keys where path != "[Content_Types].xml" {
            #expect(reached.contains(path), "\(path) is not referenced by any relationship")
        }
        for (path, data) in package.parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            #expect(XMLTree.parse(data) != nil, "\(path) is not well-formed")
        }
        // Each chart's workbook is itself a package with its sheet.
        for path in package.parts.keys where path.hasSuffix(".xlsx") {
            let workbook = try ZipArchive(bytes: Array(try #require(package.parts[path])), file: path)
            #expect(workbook.entry("xl/worksheets/sheet1.xml") != nil)
            #expect(workbook.entry("[Content_Types].xml") != nil)
        }
    }

    @Test("Word's styles, headings, numbered captions with bookmarks, repeating header rows, native charts with alt text, A4 and page numbers")
    func documentStructure() throws {
        let (package, content) = try Self.docx()
        let document = try package.xml("word/document.xml")
        let styles = Set(document.all("w:pStyle").compactMap { $0.attributes["w:val"] })
        for style in ["Title", "Heading1", "Heading2", "Caption", "Quote", "Attribution", "ListBullet", "TOC1"] {
            #expect(styles.contains(style), "no paragraph in \(style)")
        }
        let defined = try package.xml("word/styles.xml").all("w:style").compactMap { $0.attributes["w:styleId"] }
        #expect(styles.isSubset(of: Set(defined)), "styles used but not defined: \(styles.subtracting(defined))")
        #expect(defined.contains("TableGrid"))
        let headings = document.all("w:p").filter { $0.all("w:pStyle").first?.attributes["w:val"] == "Heading1" }.map(\.wordText)
        #expect(headings == content.appendix.sections.map(\.numberedTitle))
        // Captions: "Table 3. …", the number a SEQ field inside a bookmark named after the table.
        let instructions = document.all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) }
        #expect(instructions.filter { $0 == "SEQ Table \\* ARABIC" }.count == content.appendix.tables.count)
        #expect(instructions.filter { $0 == "SEQ Figure \\* ARABIC" }.count == content.appendix.figures.count)
        let bookmarks = Set(document.all("w:bookmarkStart").compactMap { $0.attributes["w:name"] })
        for table in content.appendix.tables { #expect(bookmarks.contains("table_\(table.number)")) }
        let captions = document.all("w:p").filter { $0.all("w:pStyle").first?.attributes["w:val"] == "Caption" }.map(\.wordText)
        #expect(captions.contains("Table 2. Items, Practitioners 2016"))
        // Tables: one per model table, the header row repeating, rows kept whole.
        let tables = document.all("w:tbl")
        #expect(tables.count == content.appendix.tables.count)
        for table in tables {
            #expect(table.all("w:tr").first?.all("w:tblHeader").isEmpty == false)
            #expect(table.all("w:tblStyle").first?.attributes["w:val"] == "TableGrid")
        }
        // Charts: every native figure is a chart part with alt text; the data is in the chart.
        let frames = document.all("wp:docPr")
        #expect(frames.count == content.appendix.figures.count)
        for frame in frames { #expect((frame.attributes["descr"] ?? "").count > 20, "alt text") }
        let charts = package.parts.keys.filter { $0.hasPrefix("word/charts/chart") && $0.hasSuffix(".xml") }
        #expect(charts.count == content.appendix.figures.filter(\.chart.isNative).count)
        let chart = try package.xml("word/charts/chart1.xml")
        #expect(chart.all("c:barChart").count == 1)
        #expect(chart.all("c:externalData").count == 1)
        // A4 portrait, page numbers in the footer.
        let size = try #require(document.all("w:pgSz").first)
        #expect(size.attributes["w:w"] == "11906" && size.attributes["w:h"] == "16838" && size.attributes["w:orient"] == nil)
        let footer = try package.xml("word/footer1.xml").all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) }
        #expect(footer == ["PAGE", "NUMPAGES"])
    }

    @Test("stacked bars label only bands of 6% or more: narrower bands' labels overlapped their neighbours in LibreOffice")
    func narrowBandsUnlabelled() throws {
        // Two items, three bands: the 2% and 5% bands lose their labels, the rest keep them.
        let data = ChartData(
            kind: .stackedPercent, title: "t", categories: ["a", "b"],
            series: [
                .init(name: "Low", values: [2, 30], color: "B35806"),
                .init(name: "Middle", values: [5, 0], color: "F1A340"),
                .init(name: "High", values: [93, 70], color: "542788"),
            ],
            valueAxisTitle: "% of valid answers", isNative: true
        )
        let chart = try #require(XMLTree.parse(Data(WordChart.xml(data).utf8)))
        let deleted = chart.all("c:ser").map { series in
            series.all("c:dLbl").compactMap { label in label.all("c:idx").first?.attributes["val"].flatMap(Int.init) }
        }
        #expect(deleted == [[0], [0], []])
        // Zeros are hidden by the number format, not point by point.
        #expect(chart.all("c:dLbls").allSatisfy { $0.all("c:numFmt").first?.attributes["formatCode"] == "0\"%\";-0\"%\";;" })
        // In the mini study's appendix every stacked band that is labelled is 6% or more.
        let (package, _) = try Self.docx()
        for path in package.parts.keys where path.hasPrefix("word/charts/chart") && path.hasSuffix(".xml") {
            let chart = try package.xml(path)
            guard chart.all("c:grouping").first?.attributes["val"] == "stacked" else { continue }
            for series in chart.all("c:ser") {
                let deleted = Set(series.all("c:dLbl").compactMap { $0.all("c:idx").first?.attributes["val"].flatMap(Int.init) })
                for point in try #require(series.all("c:val").first).all("c:pt") {
                    let index = try #require(point.attributes["idx"].flatMap(Int.init))
                    let value = try #require(Double(point.all("c:v").first?.text ?? ""))
                    #expect(deleted.contains(index) == (value > 0 && value < WordChart.smallestLabelledBand), "\(path): point \(index) (\(value)%)")
                }
            }
        }
    }

    /// The reference is `results.json` as written, read back with JSONSerialization: every cell
    /// of a Word table that shows one figure from it (its place is in the model) must show that
    /// figure rounded to the places printed, and must show the model's text unchanged.
    @Test("every number in the Word tables equals the one in results.json")
    func numbersMatchResults() throws {
        let (package, content) = try Self.docx()
        let json = try JSONSerialization.jsonObject(with: Data(try content.document.rendered().utf8))
        let tables = try package.xml("word/document.xml").all("w:tbl")
        #expect(tables.count == content.appendix.tables.count)
        var checked = 0
        for (table, model) in zip(tables, content.appendix.tables) {
            let rows = Array(table.all("w:tr").dropFirst())
            #expect(rows.count == model.rows.count, "\(model.caption)")
            for (row, modelRow) in zip(rows, model.rows) {
                let cells = row.all("w:tc")
                for (cell, modelCell) in zip(cells, modelRow.cells) {
                    // The word joiner after an interval's dash keeps the interval whole when it wraps;
                    // it shows as nothing.
                    let shown = String(String.UnicodeScalarView(cell.wordText.unicodeScalars.filter { $0 != "\u{2060}" }))
                    let expected = (modelCell.indent ?? "") + modelCell.fullText + (modelCell.detail.map { "\n" + $0 } ?? "")
                    #expect(shown == expected, "\(model.caption): the Word cell reads \(shown), the model \(expected)")
                    guard let pointer = modelCell.source else { continue }
                    let value = try #require(Self.number(at: pointer, in: json), "no number at \(pointer)")
                    try Self.expect(shown, shows: value, at: pointer)
                    checked += 1
                }
            }
        }
        #expect(checked >= 60, "only \(checked) numbers checked")
    }

    /// A relationship's target from the source part's folder, `..` resolved (OPC §9.3).
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// The value at a JSON pointer (`/items/3/mean`).
    static func number(at pointer: String, in json: Any) -> Double? {
        var node: Any? = json
        for token in pointer.split(separator: "/").map(String.init) {
            if let array = node as? [Any], let index = Int(token), array.indices.contains(index) {
                node = array[index]
            } else if let object = node as? [String: Any] {
                node = object[token]
            } else {
                return nil
            }
        }
        return (node as? NSNumber)?.doubleValue
    }

    /// The first figure in `text` ("−20.4", "1,234", "66.7%", "<0.001", "+4.6 pp") equals `value`
    /// to the places it is printed with.
    static func expect(_ text: String, shows value: Double, at pointer: String) throws {
        if text.hasPrefix("<0.001") {
            #expect(value < 0.001, "\(pointer): \(text) but \(value)")
            return
        }
        let normalised = text.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: "")
        let pattern = try NSRegularExpression(pattern: "[-+]?[0-9]+(\\.[0-9]+)?")
        let range = NSRange(normalised.startIndex..., in: normalised)
        let match = try #require(pattern.firstMatch(in: normalised, range: range), "\(pointer): no number in \(text)")
        let found = try #require(Range(match.range, in: normalised))
        let figure = String(normalised[found])
        let places = figure.split(separator: ".").dropFirst().first?.count ?? 0
        let shown = try #require(Double(figure))
        let tolerance = 0.5 * pow(10, -Double(places)) + 1e-9
        #expect(abs(shown - value) <= tolerance, "\(pointer): Word shows \(figure), results.json has \(value)")
    }
}
