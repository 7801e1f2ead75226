import Testing

@testable import EvidentImport

/// What headers say: references, numeric codes, rankings, comment questions.
@Suite("Inference: header cues")
struct HeaderCuesTests {
    @Test("references", arguments: [
        ("Case ref", true), ("Family ID", true), ("UPN", true), ("Record number", true), ("NHS number", true), ("uuid", true),
        ("Number of children", false), ("Role", false), ("How many sessions did you attend?", false), ("Identify a need", false),
    ])
    func references(header: String, expected: Bool) {
        #expect(HeaderCues.isReference(header) == expected)
    }

    @Test("numeric codes", arguments: [
        ("District", true), ("Ward", true), ("Area code", true), ("Team", true), ("Locality number", true),
        ("Team support", false), ("How confident are you working with your team?", false), ("Overall rating", false),
        ("Assessing thresholds", false),
    ])
    func codes(header: String, expected: Bool) {
        #expect(HeaderCues.isNumericCode(header) == expected)
    }

    @Test("comment questions", arguments: [
        ("Anything else you would like to tell us?", true), ("Any other comments?", true), ("Other (please specify)", true),
        ("Is there anything we could have done better?", true), ("What difference did the support make?", false), ("Role", false),
    ])
    func comments(header: String, expected: Bool) {
        #expect(HeaderCues.isComment(header) == expected)
    }
}
