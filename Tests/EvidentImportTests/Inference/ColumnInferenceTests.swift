import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

private let here = SourceLocation(file: "study.yaml", line: 1)
private let scales = Dictionary(uniqueKeysWithValues: Scale.builtIn.map { ($0.id, $0) })
    .merging(["yes-partly-no": Scale(id: "yes-partly-no", kind: .ordinal(levels: ["No", "Partly", "Yes"], positive: [2]))]) { $1 }

/// A manifest that lists no items: inference picks them from the study's own scales, and the
/// loader treats inferred personal-data columns like the layouts' own.
@Suite("Inference in a manifest without items; LimeSurvey partials; personal data kept for redaction")
struct ColumnInferenceTests {
    @Test("items only on the study's scales: a Yes/No column on yes-partly-no, 0–10 and 1–7 left out, personal data never")
    func studyScalesOnly() throws {
        let spec = DatasetSpec(id: "plain", kind: .serviceUserFeedback, path: InferenceFixtures.path("plain-feedback.csv"), declaredAt: here)
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.items.map { "\($0.column) \($0.scale.id)" } == ["Did we help? yes-partly-no"])
        #expect(dataset.questions.map(\.id) == ["What difference did it make?"])
        #expect(dataset.diagnostics.map(\.message) == [
            "no items listed in the manifest; inferred 1: 'Did we help?' (yes-partly-no)",
            "no free_text listed in the manifest; inferred 1: 'What difference did it make?'",
        ])
    }

    @Test("personal-data columns found by header (name, phone, signature) and by value (emails, IPs) go to the redaction list only")
    func personalDetails() throws {
        let spec = DatasetSpec(
            id: "plain", kind: .serviceUserFeedback, path: InferenceFixtures.path("plain-feedback.csv"), respondentID: "Response ID",
            attributes: ["Service"], items: [], freeText: ["What difference did it make?"], declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.respondents[0].personalDetails == [
            "Kerry Lomax", "07700 900311", "Kerry Lomax", "k.lomax@mailbox.example", "192.0.2.20",
        ])
        #expect(dataset.respondents[11].personalDetails == ["192.0.2.31"])
        #expect(dataset.respondents[0].attributes == ["Family Support"])
    }

    @Test("LimeSurvey: an empty submitdate makes the record partial; SIGN, MOBILE and ipaddr are kept for redaction",
          .enabled(if: InferenceFixtures.sampleExists("limesurvey/young-people-feedback-2016.csv")))
    func limeSurvey() throws {
        let spec = DatasetSpec(
            id: "yp", kind: .serviceUserFeedback, path: InferenceFixtures.sample("limesurvey/young-people-feedback-2016.csv"),
            attributes: ["AGE"], items: [ItemSpec(column: "Q1[SQ001]", id: "listened", scale: "agreement-5")], freeText: ["Q6"],
            declaredAt: here
        )
        let dataset = try DatasetLoader.load(spec, scales: scales)
        #expect(dataset.format == .limesurvey)
        #expect(dataset.accounting == Accounting(rowsRead: 46, complete: 40, partial: 6, rejected: 0))
        let stopped = dataset.respondents.filter { $0.status == .partial }.map(\.id)
        #expect(stopped == ["7", "8", "12", "16", "29", "41"])
        #expect(dataset.respondents.allSatisfy { $0.personalDetails.contains { $0.hasPrefix("203.0.113.") } })
        #expect(dataset.respondents.contains { $0.personalDetails.contains { $0.hasPrefix("07700 900") } })
    }

    @Test("a LimeSurvey file is recognised by its leading columns, with or without full-text headings")
    func limeSurveyDetection() {
        #expect(ExportLayout.detect(firstRows: [["id", "submitdate", "lastpage", "startlanguage"]]) == .limesurvey)
        #expect(ExportLayout.detect(firstRows: [["Response ID", "Date submitted", "Last page", "Start language"]]) == .limesurvey)
        #expect(ExportLayout.detect(firstRows: [["Timestamp", "Email Address", "Q"]]) == .googleForms)
    }
}
