import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Inference that protects people (issue 13, "what is wrong today" 6): on an export holding
/// every kind of column that once ended up in an appendix — names by header and by value, an
/// e-mail and an IP column, a URL naming people, the parts of a pseudonym code, a case
/// reference, a town per respondent, district numbers, a ranking matrix and an "anything else?"
/// column answered mostly "No" — the draft proposes only the role and the district as
/// breakdowns, no ranking or district as an item, codes the comment column, and holds no
/// personal value.
@Suite("Inference: protecting people")
struct ProtectiveInferenceTests {
    static let file = InferenceFixtures.path("protective-feedback.csv")

    @Test("each column's role")
    func roles() throws {
        let inspection = try ExportInspector.inspect(Self.file)
        #expect(InferenceFixtures.summary(inspection) == [
            "Response ID: identifier",
            "Name: personal data (names)",
            "EmailAddress: personal data (email addresses)",
            "IPAddress: personal data (IP addresses)",
            "Profile link: personal data (web addresses)",
            "Contact person: personal data (names)",
            "First letter of your mother's first name: personal data (parts of a pseudonym code)",
            "Last digit of the year you were born: personal data (parts of a pseudonym code)",
            "Case ref: metadata",
            "Role: attribute",
            "Town: unused",
            "District: attribute",
            "Please rank what helped most - Phone calls: ranking",
            "Please rank what helped most - Home visits: ranking",
            "Please rank what helped most - Groups: ranking",
            "Please rank what helped most - Drop-in: ranking",
            "How helpful was your worker? (1-10): scale item [confidence-1-10]",
            "What difference did the support make?: free text",
            "Anything else you would like to tell us?: free text",
        ])
    }

    @Test("the draft: role and district the only breakdowns, no ranking or district item, the comment column coded, no personal value")
    func draft() throws {
        let folder = try TemporaryDirectory()
        let (text, spec) = try ManifestDraftTests.draft([Self.file], in: folder.path)
        let dataset = try #require(spec.datasets.first)
        // District numbers are labels: a breakdown (five respondents in each), never an item.
        #expect(dataset.attributes == ["Role", "District"])
        #expect(dataset.items?.map(\.column) == ["How helpful was your worker? (1-10)"])
        #expect(dataset.freeText == ["What difference did the support make?", "Anything else you would like to tell us?"])
        let records = try String(contentsOfFile: Self.file, encoding: .utf8).split(separator: "\n").dropFirst()
        var personal: Set<String> = []
        for record in records {
            let fields = record.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            personal.formUnion(fields[1...7].filter { $0.count > 1 })
            personal.formUnion(fields[1].split(separator: " ").map(String.init))
        }
        #expect(personal.count > 100)
        for value in personal where text.contains(value) {
            Issue.record("the draft holds the personal value '\(value)'")
        }
    }

    @Test("a value held by fewer than five records is never written out, even of a breakdown")
    func rareValues() throws {
        let folder = try TemporaryDirectory()
        var rows = "ID,Who is completing this form?,What difference did it make?\n"
        for index in 0..<24 {
            let who = index < 12 ? "Parent" : index < 22 ? "Young person" : index == 22 ? "Kerry Lomax" : "Other"
            rows += "R\(index),\(who),The worker helped us a lot with number \(index)\n"
        }
        let (text, spec) = try ManifestDraftTests.draft([try folder.write("rare.csv", rows)], in: folder.path)
        #expect(spec.datasets.first?.attributes == ["Who is completing this form?"])
        #expect(text.contains("Parent, Young person"))
        #expect(!text.contains("Kerry"))
    }
}
