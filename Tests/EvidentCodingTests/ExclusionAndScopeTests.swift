import EvidentCoding
import EvidentModel
import Testing

@Suite("Exclusions and applies_to (codebook spec §3.4a)")
struct ExclusionAndScopeTests {
    /// (patterns, exclusions of code `c`, answer, matches as `segment:code:first-last`).
    static let exclusions: [([String], [String], String, [String])] = [
        (["mental health"], ["mental health team"], "her mental health", ["0:c:1-2"]),
        (["mental health"], ["mental health team"], "the mental health team called", []),
        // Per segment: the exclusion in the second sentence does not touch the first.
        (["mental health"], ["mental health team"], "Her mental health. The mental health team called.", ["0:c:1-2"]),
        // An excluded segment loses every pattern of the code, not only the overlapping one.
        (["mental health", "anxi*"], ["team"], "anxious, and the mental health team", []),
        (["mental health"], ["team NEAR/2 mental"], "the team said her mental health", []),
        (["mental health"], ["team NEAR/2 mental"], "the team said that her mental health", ["0:c:5-6"]),
        (["help*"], ["self-help"], "self-help books helped", []),
        (["help*"], ["self-help"], "self help books. They helped.", ["1:c:1-1"]),
    ]

    @Test("a segment matching an exclusion is not coded by the code's own patterns", arguments: exclusions)
    func exclusion(patterns: [String], exclude: [String], answer: String, expected: [String]) throws {
        let engine = try CodingFixtures.engine(patterns: patterns, exclude: exclude)
        #expect(CodingFixtures.spans(CodingFixtures.run(engine, answer)) == expected)
    }

    @Test("an exclusion applies to its code only, not to its sub-codes")
    func exclusionNotInherited() throws {
        let codebook = CodingFixtures.codebook([
            CodingFixtures.code("wellbeing", ["health"], exclude: ["team"], codes: [CodingFixtures.code("anxiety", ["anxi*"])])
        ])
        let coded = CodingFixtures.run(try CodingEngine(codebook: codebook), "The health team eased her anxiety.")
        #expect(coded.map(\.codeID) == ["anxiety"])
    }

    /// practitioners → (confidence → (msc-only), training); everywhere → (sub); dated → wave id.
    static let scoped = CodingFixtures.codebook([
        CodingFixtures.code("practitioners", ["staff"], appliesTo: ["practitioner-survey"], codes: [
            CodingFixtures.code("confidence", ["confident"], codes: [
                CodingFixtures.code("msc-only", ["changed"], appliesTo: ["msc-stories"]),
            ]),
            CodingFixtures.code("training", ["training"], appliesTo: []),
        ]),
        CodingFixtures.code("everywhere", ["help"], codes: [CodingFixtures.code("sub", ["support"])]),
        CodingFixtures.code("dated", ["wave"], appliesTo: ["staff-2016", "interviews"]),
    ])

    static let applicability: [(String, String, DatasetKind, Bool)] = [
        ("practitioners", "staff-2017", .practitionerSurvey, true),
        ("practitioners", "families", .serviceUserFeedback, false),
        // No applies_to: inherited from the parent, at any depth.
        ("confidence", "staff-2017", .practitionerSurvey, true),
        ("confidence", "stories", .mscStories, false),
        // Its own applies_to replaces the inherited one.
        ("msc-only", "stories", .mscStories, true),
        ("msc-only", "staff-2017", .practitionerSurvey, false),
        // An empty list is treated as absent: inherited.
        ("training", "staff-2017", .practitionerSurvey, true),
        ("training", "families", .serviceUserFeedback, false),
        // A top-level code without applies_to applies to every data set, and so do its sub-codes.
        ("everywhere", "families", .serviceUserFeedback, true),
        ("sub", "talks", .interviews, true),
        // Data set ids and kinds both count.
        ("dated", "staff-2016", .practitionerSurvey, true),
        ("dated", "staff-2017", .practitionerSurvey, false),
        ("dated", "talks", .interviews, true),
        ("unknown-code", "staff-2016", .practitionerSurvey, false),
    ]

    @Test("applies_to with inheritance", arguments: applicability)
    func applies(codeID: String, dataset: String, kind: DatasetKind, expected: Bool) throws {
        let engine = try CodingEngine(codebook: Self.scoped)
        #expect(engine.applies(codeID: codeID, dataset: dataset, kind: kind) == expected)
    }

    @Test("codes that do not apply to the data set are left out of the results")
    func codingRespectsScope() throws {
        let engine = try CodingEngine(codebook: Self.scoped)
        let answer = "Staff were confident and it changed things; help and support."
        let staff = engine.code(answer, dataset: "staff-2017", kind: .practitionerSurvey, respondent: "r", question: "q")
        #expect(staff.map(\.codeID) == ["practitioners", "confidence", "everywhere", "sub"])
        let stories = engine.code(answer, dataset: "stories", kind: .mscStories, respondent: "r", question: "q")
        #expect(stories.map(\.codeID) == ["msc-only", "everywhere", "sub"])
    }
}
