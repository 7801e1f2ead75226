import EvidentImport
import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// The summary page: findings made by stated rules from the results, every number in every
/// sentence read back from `results.json`; the manifest's pins, drops and commentary.
@Suite("The summary page")
struct SummarySectionTests {
    /// The value at a JSON pointer (`/composites/1/mean`).
    static func value(_ json: Any, at pointer: String) -> Double? {
        var node: Any? = json
        for key in pointer.split(separator: "/") {
            if let index = Int(key), let array = node as? [Any] { node = index < array.count ? array[index] : nil } else { node = (node as? [String: Any])?[String(key)] }
        }
        if let number = node as? NSNumber { return number.doubleValue }
        return nil
    }

    /// The number a figure's text shows ("1,997", "47.6%", "−3.0") and how many decimals it keeps.
    static func shown(_ text: String) -> (value: Double, places: Int)? {
        let plain = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "+", with: "")
        guard let value = Double(plain) else { return nil }
        return (value, plain.split(separator: ".").dropFirst().first?.count ?? 0)
    }

    /// The first place `figure` stands as a whole number in `text` (not the "1" of "2015").
    static func token(_ figure: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: figure, range: from..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            let joins: (Character) -> Bool = { $0.isNumber || $0 == "." || $0 == "," }
            if !joins(before), !(joins(after) && after != "," && after != "." || (after == "." || after == ",") && range.upperBound < text.index(before: text.endIndex) && text[text.index(after: range.upperBound)].isNumber) {
                return range
            }
            from = range.upperBound
        }
        return nil
    }

    @Test("every number of every sentence is a figure results.json holds, rounded as shown; the rest is labels and waves",
          .enabled(if: SampleStudy.isPresent))
    func numbersFromResults() throws {
        let spec = try ManifestReader.read(path: SampleStudy.manifest)
        let content = try SampleStudy.content()
        let json = try JSONSerialization.jsonObject(with: Data(content.document.rendered().utf8))
        let findings = SummaryRules(document: content.document, spec: spec).findings()
        #expect(findings.count >= 20)
        for topic in SummaryFinding.Topic.allCases { #expect(findings.contains { $0.topic == topic }, "\(topic)") }
        #expect(Set(findings.map(\.key)).count == findings.count, "keys are unique")
        // What a sentence may hold besides its figures: the names of things, and waves.
        let labels = StudyLabels(spec)
        var words = spec.datasets.flatMap { dataset in
            [labels.heading(dataset.id), dataset.wave ?? ""] + (dataset.items ?? []).map { $0.label ?? "" }
        }
        words += content.document.items.map(\.label) + content.document.themes.map(\.label) + content.document.changes.map(\.label)
        words += spec.scales.values.flatMap { [labels.scale($0), $0.positiveRule] }
        words += content.document.outcomes.cases.flatMap { $0.kpis.flatMap { [$0.label, $0.base] } }
        words += ["p < 0.001", "under 30"]
        words = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var checked = 0
        for finding in findings {
            var rest = finding.text
            for figure in finding.figures {
                let stored = try #require(Self.value(json, at: figure.pointer), "\(finding.key): \(figure.pointer)")
                #expect(abs(stored - figure.value) < 1e-9, "\(finding.key): \(figure.pointer)")
                let shown = try #require(Self.shown(figure.text), "\(figure.text)")
                #expect(abs(shown.value - stored) <= 0.5 * pow(10, Double(-shown.places)) + 1e-9, "\(finding.key): \(figure.text) for \(stored)")
                let range = try #require(Self.token(figure.text, in: rest), "\(finding.key): \(figure.text) not in \(rest)")
                rest.replaceSubrange(range, with: "#")
                checked += 1
            }
            for word in words { rest = rest.replacingOccurrences(of: word, with: "") }
            let stray = rest.contains { $0.isNumber }
            #expect(!stray, "\(finding.key): a number that is not a figure in “\(rest)”")
        }
        #expect(checked > 100)
    }

    @Test("the sample's summary is the appendix's first section, and reaches HTML, Markdown and Word",
          .enabled(if: SampleStudy.isPresent))
    func renderings() throws {
        let content = try SampleStudy.content()
        let summary = try #require(content.appendix.sections.first)
        #expect(summary.id == "summary" && summary.tier == .summary)
        let sentence = "Practitioners' composite confidence rose from 63.1 in 2015 to 66.0 in 2016"
        let markdown = MarkdownAppendix.render(content.appendix)
        #expect(markdown.contains("**63.1** in 2015 to **66.0** in 2016"))
        let html = content.templates.render(content.appendix, template: "appendix.html")
        #expect(html.contains("<strong>63.1</strong> in 2015 to <strong>66.0</strong> in 2016"))
        let docx = try WordAppendix.package(content.appendix, pngs: content.pngs)
        let archive = try ZipArchive(bytes: Array(docx), file: "appendix.docx")
        let entry = try #require(archive.entries.first { $0.path == "word/document.xml" })
        let document = StudyLabelsTests.plain(String(decoding: try archive.contents(of: entry), as: UTF8.self))
        #expect(document.contains(sentence))
        let rules = try #require(content.appendix.sections.first { $0.id == "summary-rules" })
        #expect(rules.tier == .annex)
    }

    @Test("the manifest pins (first, in its order), drops, adds commentary, and unknown keys are named")
    func manifest() throws {
        var spec = try ManifestReader.read(path: MiniStudy.manifest)
        let plain = try MiniStudy.content(spec: spec)
        let keys = SummaryRules(document: plain.document, spec: spec).findings().map(\.key)
        #expect(keys == ["confidence/practitioners-2016/composite", "response/practitioners-2016", "response/feedback-2016"])
        spec.summary = SummarySpec(
            pin: ["response/feedback-2016", "confidence/practitioners-2016/composite", "voices/nowhere/barriers"],
            drop: ["response/practitioners-2016"],
            commentary: ["Our own reading of the year.", "A second paragraph."])
        let content = try MiniStudy.content(spec: spec)
        let summary = try #require(content.appendix.sections.first { $0.id == "summary" })
        var headings: [String] = []
        var findings: [String] = []
        var paragraphs: [String] = []
        for block in summary.blocks {
            switch block {
            case .heading(let heading): headings.append(heading.text)
            case .list(let list): findings += list.items.map(\.plainText)
            case .paragraph(let paragraph): paragraphs.append(paragraph.plainText)
            default: break
            }
        }
        #expect(headings == ["Key findings", "Commentary from Test Council"])
        #expect(findings.count == 2)
        #expect(findings.first?.hasSuffix("invited responded (Feedback 2016).") == true)
        #expect(findings.last?.hasPrefix("Practitioners' composite confidence in 2016 was") == true)
        #expect(paragraphs.contains("Our own reading of the year.") && paragraphs.contains("A second paragraph."))
        #expect(paragraphs.contains { $0.contains("findings this run did not make: voices/nowhere/barriers") })
        let markdown = MarkdownAppendix.render(content.appendix)
        #expect(markdown.contains("Our own reading of the year."))
    }

    @Test("summary: in the manifest reads pin, drop and commentary; a malformed key is an error with its place")
    func reader() throws {
        let folder = URL(fileURLWithPath: MiniStudy.manifest).deletingLastPathComponent().path
        let text = try String(contentsOfFile: MiniStudy.manifest, encoding: .utf8)
        let withSummary = text.replacingOccurrences(of: "  quotes_per_theme: 2\n", with: """
              quotes_per_theme: 2
              summary:
                pin: [response/feedback-2016]
                drop: [confidence/practitioners-2016/range]
                commentary: |
                  First paragraph.

                  Second paragraph.

            """)
        let spec = try ManifestReader.parse(withSummary, file: "study.yaml", directory: folder)
        #expect(spec.summary == SummarySpec(pin: ["response/feedback-2016"], drop: ["confidence/practitioners-2016/range"], commentary: ["First paragraph.", "Second paragraph."]))
        let bad = withSummary.replacingOccurrences(of: "pin: [response/feedback-2016]", with: "pin: [response feedback]")
        #expect(throws: InputError.self) { try ManifestReader.parse(bad, file: "study.yaml", directory: folder) }
        do {
            _ = try ManifestReader.parse(bad, file: "study.yaml", directory: folder)
        } catch {
            #expect("\(error)".hasPrefix("error: 'response feedback' is not a finding key --> study.yaml:7:11"))
        }
    }
}
