import EvidentImport
import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// Labels, never ids: what the appendix calls data sets, items, scales and attributes.
@Suite("Study labels")
struct StudyLabelsTests {
    /// What a reader must never meet in a heading or caption: the sample manifest's data set,
    /// item and scale ids, and the coded column headers and values it gives labels to. Ids
    /// that are plain words ("trust", "recommend"), or words of the codebook's labels
    /// ("step-down" in "Thresholds and step-down from social care"), are left out: a heading
    /// may use the word.
    static func forbidden(_ spec: StudySpec, codebook: Codebook?) -> Set<String> {
        let words = Set((codebook?.allCodes ?? []).flatMap { leaks($0.code.label, nil) })
        func isCode(_ text: String) -> Bool {
            !text.contains(" ") && text.contains { $0 == "-" || $0 == "_" || $0 == "[" || $0.isNumber }
        }
        var ids: Set<String> = []
        for dataset in spec.datasets {
            ids.insert(dataset.id)
            for item in dataset.items ?? [] {
                ids.insert(item.id)
                ids.insert(item.scale)
                if item.label != nil { ids.insert(item.column) }
            }
            for (column, values) in dataset.attributeValueLabels {
                ids.insert(column)
                ids.formUnion(values.keys)
            }
        }
        return Set(ids.filter { isCode($0) && !words.contains($0) })
    }

    /// The words of `text` that are one of `ids`, as whole tokens (an id inside a longer word or
    /// file name such as `charts/items-practitioners-2016.png` is not a match: captions link files).
    /// Every token when `ids` is nil.
    static func leaks(_ text: String, _ ids: Set<String>?) -> [String] {
        let tokens = text.split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," || $0 == ":" || $0 == ";" || $0 == "\"" || $0 == "\n" }
        return tokens.map(String.init).filter { ids?.contains($0) ?? true }
    }

    @Test("an id made readable: got_help, AGE, young-people-2016, 16-17, GP practice")
    func readable() {
        #expect(ReadableName.of("got_help") == "Got help")
        #expect(ReadableName.of("AGE") == "Age")
        #expect(ReadableName.of("young-people-2016") == "Young people 2016")
        #expect(ReadableName.of("16-17") == "16-17")
        #expect(ReadableName.of("GP practice") == "GP practice")
        #expect(ReadableName.of("domain") == "Domain")
    }

    @Test("labels from the manifest, else defaults by kind; a heading adds the wave only when missing")
    func labels() throws {
        let spec = try ManifestReader.read(path: SampleStudy.manifest)
        let labels = StudyLabels(spec)
        #expect(labels.dataset("young-people-2016") == "Young people's feedback 2016")
        #expect(labels.respondents("young-people-2016") == "young people")
        #expect(labels.heading("young-people-2016") == "Young people's feedback 2016")
        #expect(labels.attribute("AGE", in: "young-people-2016") == "Age")
        #expect(labels.value("young_person", of: "respondent", in: "kobo-feedback-2017") == "Young person")
        #expect(labels.value("16-17", of: "AGE", in: "young-people-2016") == "16-17")
        #expect(labels.scale(try #require(spec.scales["score-0-10"])) == "Likelihood to recommend, 0–10")
        #expect(labels.scale(try #require(spec.scales["confidence-0-100"])) == "Confidence, 0–100")
        var bare = spec
        bare.datasets = bare.datasets.map { dataset in
            var dataset = dataset
            dataset.label = nil
            dataset.respondents = nil
            return dataset
        }
        let defaults = StudyLabels(bare)
        #expect(defaults.heading("closure-feedback-2016") == "Closure feedback 2016")
        #expect(defaults.heading("msc-2017") == "Msc 2017")
        #expect(defaults.respondents("closure-feedback-2016") == "families")
        #expect(defaults.respondents("practitioners-2015") == "practitioners")
    }

    @Test("no manifest id in any heading, caption or column of the appendix model, nor of its HTML, Markdown and Word renderings",
          .enabled(if: SampleStudy.isPresent))
    func noIDs() throws {
        let spec = try ManifestReader.read(path: SampleStudy.manifest)
        let ids = Self.forbidden(spec, codebook: try spec.codebookPath.map { path throws(InputError) in try CodebookReader.read(path: path) })
        #expect(ids.contains("young-people-2016") && ids.contains("Q1[SQ001]") && ids.contains("confidence-0-100") && ids.contains("young_person"))
        let content = try SampleStudy.content()
        var texts: [String] = []
        for section in content.appendix.sections {
            texts.append(section.numberedTitle)
            for block in section.blocks {
                switch block {
                case .heading(let heading): texts.append(heading.text)
                case .callout(let callout): texts.append(callout.title)
                default: break
                }
                for table in block.tables { texts += [table.caption] + table.columns.map(\.title) }
                if let figure = block.figure { texts += [figure.caption, figure.chart.title] }
            }
        }
        #expect(texts.count > 100)
        for text in texts { #expect(Self.leaks(text, ids).isEmpty, "\(text)") }

        let markdown = MarkdownAppendix.render(content.appendix)
        let markdownLines = markdown.split(separator: "\n").map(String.init).filter { $0.hasPrefix("#") || $0.hasPrefix("**Table") || $0.hasPrefix("**Figure") }
        #expect(markdownLines.count > 100)
        for line in markdownLines {
            let text = line.replacingOccurrences(of: "\\", with: "")
            #expect(Self.leaks(text, ids).isEmpty, "\(line)")
        }

        let html = content.templates.render(content.appendix, template: "appendix.html")
        let htmlTexts = Self.elements(["h1", "h2", "h3", "h4", "caption", "figcaption", "th"], in: html)
        #expect(htmlTexts.count > 100)
        for text in htmlTexts { #expect(Self.leaks(text, ids).isEmpty, "\(text)") }

        let docx = try WordAppendix.package(content.appendix, pngs: content.pngs)
        let archive = try ZipArchive(bytes: Array(docx), file: "appendix.docx")
        let entry = try #require(archive.entries.first { $0.path == "word/document.xml" })
        let document = String(decoding: try archive.contents(of: entry), as: UTF8.self)
        let wordTexts = Self.wordParagraphs(document, styles: ["Title", "Heading1", "Heading2", "Heading3", "Caption"])
        #expect(wordTexts.count > 100)
        for text in wordTexts { #expect(Self.leaks(text, ids).isEmpty, "\(text)") }
    }

    /// The text of each element named in `names`, tags stripped and entities read.
    static func elements(_ names: [String], in html: String) -> [String] {
        names.flatMap { name in
            html.components(separatedBy: "<\(name)").dropFirst().compactMap { part -> String? in
                guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</\(name)>") else { return nil }
                return plain(String(part[part.index(after: open)..<close.lowerBound]))
            }
        }
    }

    /// Each Word paragraph in one of `styles`, its runs' text joined.
    static func wordParagraphs(_ xml: String, styles: [String]) -> [String] {
        xml.components(separatedBy: "<w:p>").dropFirst().compactMap { paragraph -> String? in
            guard styles.contains(where: { paragraph.contains("<w:pStyle w:val=\"\($0)\"/>") }) else { return nil }
            let body = paragraph.components(separatedBy: "</w:p>")[0]
            return body.components(separatedBy: "<w:t").dropFirst().map { run in
                let text = run.drop { $0 != ">" }.dropFirst()
                return plain(String(text.prefix { $0 != "<" }))
            }.joined()
        }
    }

    static func plain(_ markup: String) -> String {
        var text = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }
}
