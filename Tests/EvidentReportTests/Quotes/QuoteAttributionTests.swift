import EvidentModel
import Testing

@testable import EvidentReport

/// Quotes are attributed by what the respondent is (their role or respondent type) and the
/// data set's label — never by whatever the first breakdown happens to be.
@Suite("Quote attribution")
struct QuoteAttributionTests {
    /// Twelve respondents: attributes in `names` order, values from `rows` cycled.
    static func dataset(kind: DatasetKind = .serviceUserFeedback, attributes names: [String], rows: [[String]]) -> Dataset {
        let respondents = (0..<12).map { index in
            Respondent(id: "r\(index)", line: index + 2, attributes: rows[index % rows.count], values: [], answers: ["a"], status: .complete)
        }
        return Dataset(
            id: "feedback", kind: kind, wave: "2022", file: "f.csv", format: .csv, encoding: "utf-8", sha256: "", invited: nil,
            attributes: names, items: [], questions: [Question(id: "q", text: "What helped?")], respondents: respondents,
            accounting: Accounting(), rejections: [], diagnostics: []
        )
    }

    static func describe(_ dataset: Dataset, _ index: Int) -> String {
        QuoteAttribution([dataset], suppressBelow: 5).describe(dataset.respondents[index], in: dataset.id)
    }

    @Test("a first breakdown that is not a role is never the attribution (before: '— N/A, 2022')")
    func firstBreakdownIsNotARole() {
        let dataset = Self.dataset(attributes: ["Locality", "Who is completing this form?"], rows: [["N/A", "Parent/carer"], ["North", "Parent/carer"]])
        #expect(Self.describe(dataset, 0) == "Parent/carer, closure feedback 2022")
        #expect(Self.describe(dataset, 1) == "Parent/carer, closure feedback 2022")
    }

    @Test("no role attribute: the data set's generic word and label")
    func noRole() {
        let dataset = Self.dataset(attributes: ["Locality", "District"], rows: [["North", "3"]])
        #expect(Self.describe(dataset, 0) == "Parent or young person, closure feedback 2022")
        let staff = Self.dataset(kind: .practitionerSurvey, attributes: ["Locality"], rows: [["N/A"]])
        #expect(Self.describe(staff, 0) == "Practitioner, 2022")
    }

    @Test("a role that is a non-answer, an 'other', or rare falls back to the generic word")
    func fallbacks() {
        let rows = [["N/A"], ["Prefer not to say"], ["Other (please specify)"], ["Parent"], ["Parent"], ["Parent"]]
        let dataset = Self.dataset(attributes: ["Respondent type"], rows: rows + [["Parent"], ["Parent"], ["Parent"], ["Grandparent"], ["Parent"], ["Parent"]])
        #expect(Self.describe(dataset, 0) == "Parent or young person, closure feedback 2022")
        #expect(Self.describe(dataset, 1) == "Parent or young person, closure feedback 2022")
        #expect(Self.describe(dataset, 2) == "Parent or young person, closure feedback 2022")
        #expect(Self.describe(dataset, 3) == "Parent, closure feedback 2022")
        #expect(Self.describe(dataset, 9) == "Parent or young person, closure feedback 2022")
    }

    @Test("roles read as words: ODK choice names and lower-case values", arguments: [
        ("parent", "Parent"), ("young_person", "Young person"), ("Parent/carer", "Parent/carer"), ("Health_Visitor", "Health_Visitor"),
    ])
    func shownRoles(value: String, shown: String) {
        #expect(QuoteAttribution.shown(value) == shown)
    }

    @Test("role attributes are recognised by what they ask", arguments: [
        ("Role", true), ("What is your role?", true), ("Job title", true), ("Who is completing this form?", true),
        ("Respondent type", true), ("Are you a parent or a young person?", true), ("Which organisation do you work for?", true),
        ("Locality", false), ("Which service supported you?", false), ("District", false), ("Wave", false),
        ("How long have you been in your current post?", false), ("AGE", false),
    ])
    func roleAttributes(name: String, isRole: Bool) {
        #expect(QuoteAttribution.isRoleAttribute(name) == isRole)
    }
}
