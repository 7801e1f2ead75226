import EvidentApplication
import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// The manifest draft reads back with `ManifestReader` unchanged: same data sets, columns,
/// scales, with every guess commented.
@Suite("Inference: the manifest draft")
struct ManifestDraftTests {
    static func draft(_ paths: [String], in directory: String) throws -> (text: String, spec: StudySpec) {
        let inspections = try paths.map { try ExportInspector.inspect($0) }
        let text = ManifestDraft.from(inspections, title: "Draft", origin: "test").render(in: directory)
        let spec = try ManifestReader.parse(text, file: "draft.yaml", directory: directory)
        return (text, spec)
    }

    @Test("the plain fixture: id, attributes, items on proposed scales defined under scales:, free text")
    func plain() throws {
        let folder = try TemporaryDirectory()
        let (text, spec) = try Self.draft([InferenceFixtures.path("plain-feedback.csv")], in: folder.path)
        let dataset = try #require(spec.datasets.first)
        #expect(dataset.id == "plain-feedback")
        #expect(dataset.kind == .serviceUserFeedback)
        #expect(dataset.format == .csv)
        #expect(dataset.path == InferenceFixtures.path("plain-feedback.csv"))
        #expect(dataset.respondentID == "Response ID")
        // Twelve records: Service (6, 4, 2) and Number of children (5, 4, 2, 1) have most groups
        // under five people, too small to show, so no breakdown is proposed.
        #expect(dataset.attributes == [])
        #expect(text.contains("# no column of 2-12 single-choice values with most groups of five or more"))
        #expect(dataset.items?.map { "\($0.id) \($0.scale)" } == [
            "how-often-did-you-feel-listened wellbeing-frequency-5", "did-we-help yes-partly-no",
            "how-likely-are-you-to-recommend scale-0-10", "overall-satisfaction scale-1-7",
        ])
        #expect(dataset.freeText == ["What difference did it make?"])
        #expect(spec.scales["wellbeing-frequency-5"]?.kind == .ordinal(
            levels: ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"], positive: [3, 4]
        ))
        #expect(spec.scales["scale-1-7"]?.kind == .numeric(min: 1, max: 7, positiveFrom: 5))
        #expect(spec.scales["yes-partly-no"]?.kind == .ordinal(levels: ["No", "Partly", "Yes"], positive: [2]))
        #expect(dataset.personal == ["Your name", "Contact", "Phone", "Device", "Signature"])
        #expect(text.contains("    personal:                                   # personal data: never copied into the report; the values only redact quotes"))
        for value in ["Kerry Lomax", "k.lomax@mailbox.example", "07700 900311", "192.0.2.20"] {
            #expect(!text.contains(value), "the draft must not hold personal data: \(value)")
        }
    }

    @Test("every data set, item, attribute and free-text line carries a comment")
    func comments() throws {
        let folder = try TemporaryDirectory()
        let (text, _) = try Self.draft([InferenceFixtures.path("plain-feedback.csv")], in: folder.path)
        let guesses = text.split(separator: "\n").filter { line in
            ["- id:", "kind:", "format:", "respondent_id:", "- column:", "attributes:"].contains { line.contains($0) }
                || (line.hasPrefix("      - \"") )
        }
        #expect(!guesses.isEmpty)
        for line in guesses { #expect(line.contains(" # "), "no comment on: \(line)") }
    }

    @Test("several files: one data set each, ids unique, paths relative to the manifest")
    func several() throws {
        let folder = try TemporaryDirectory()
        let (text, spec) = try Self.draft(
            [FixturePaths.fixture("msforms-small.csv"), FixturePaths.fixture("qualtrics-partials.csv"), XMLFixture.path("msc-small.xml")],
            in: folder.path
        )
        #expect(spec.datasets.map(\.id) == ["msforms-small", "qualtrics-partials", "msc-small"])
        #expect(spec.datasets.map(\.format) == [.msforms, .qualtrics, .mscXML])
        #expect(spec.datasets.map(\.kind) == [.serviceUserFeedback, .practitionerSurvey, .mscStories])
        #expect(spec.datasets[2].attributes == ["domain", "group"])
        #expect(text.contains("file: \"" + DraftNames.relative(FixturePaths.fixture("msforms-small.csv"), from: folder.path) + "\""))
        #expect(DraftNames.relative(FixturePaths.fixture("msforms-small.csv"), from: folder.path).hasPrefix("../"))
    }

    @Test("names YAML would misread are quoted: colons, quotes, #, Yes, leading spaces")
    func quoting() throws {
        let folder = try TemporaryDirectory()
        let header = "\"Q: \"\"why\"\" #1?\",Yes,\" padded\",What difference did it make to you?\n"
        var rows = header
        for index in 0..<16 {
            rows += "\(["Agree", "Disagree", "Strongly agree", "Agree"][index % 4]),\(["A", "B"][index % 2]),x\(index % 2),"
            rows += "\"The worker came \(index) times and it helped a lot\"\n"
        }
        let path = try folder.write("odd.csv", rows)
        let (_, spec) = try Self.draft([path], in: folder.path)
        let dataset = try #require(spec.datasets.first)
        #expect(dataset.items?.map(\.column) == ["Q: \"why\" #1?"])
        #expect(dataset.attributes == ["Yes", "padded"])
        #expect(YAMLText.scalar("yes") == "\"yes\"")
        #expect(YAMLText.scalar("confidence-0-100") == "confidence-0-100")
        #expect(YAMLText.quoted("a\tb\u{0001}") == "\"a\\tb\\u0001\"")
    }

    @Test("names made up: slugs, unique ids, waves from file names, relative paths, grid rows")
    func names() {
        var taken: Set<String> = []
        #expect(DraftNames.unique(DraftNames.slug("Gain the trust of families"), fallback: "x", taken: &taken) == "gain-the-trust-of-families")
        #expect(DraftNames.unique("gain-the-trust-of-families", fallback: "x", taken: &taken) == "gain-the-trust-of-families-2")
        #expect(DraftNames.unique("", fallback: "item", taken: &taken) == "item")
        #expect(DraftNames.wave(fromFile: "/a/practitioner-survey-2016.csv") == "2016")
        #expect(DraftNames.wave(fromFile: "/a/survey-12016.csv") == nil)
        #expect(DraftNames.relative("/a/b/c.csv", from: "/a/d/e") == "../../b/c.csv")
        #expect(DraftNames.relative("/a/b", from: "/a/b") == ".")
        #expect(DraftNames.gridRow("How often? [I get feedback]") == "I get feedback")
        #expect(DraftNames.gridRow("Q1[SQ001]") == nil)
        #expect(DraftNames.commonFolder(["/a/b/c", "/a/b/d", "/a/b"]) == "/a/b")
    }
}
