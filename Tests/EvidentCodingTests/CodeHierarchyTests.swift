import EvidentCoding
import EvidentModel
import Testing

@Suite("CodeHierarchy: ancestors for roll-up (codebook spec §3.4a)")
struct CodeHierarchyTests {
    static let codebook = CodingFixtures.codebook([
        CodingFixtures.code("barriers", codes: [
            CodingFixtures.code("mental-health", codes: [CodingFixtures.code("anxiety"), CodingFixtures.code("isolation")]),
            CodingFixtures.code("housing"),
        ]),
        CodingFixtures.code("enablers", codes: [CodingFixtures.code("key-worker")]),
    ])

    @Test("ancestors, outermost first", arguments: [
        ("barriers", [String]()), ("mental-health", ["barriers"]), ("anxiety", ["barriers", "mental-health"]),
        ("isolation", ["barriers", "mental-health"]), ("housing", ["barriers"]), ("enablers", []),
        ("key-worker", ["enablers"]), ("unknown", []),
    ])
    func ancestors(codeID: String, expected: [String]) {
        #expect(CodeHierarchy(Self.codebook).ancestors(of: codeID) == expected)
    }

    @Test("the codebook's map covers every code")
    func ancestorsByID() {
        #expect(Self.codebook.ancestorsByID == [
            "barriers": [], "mental-health": ["barriers"], "anxiety": ["barriers", "mental-health"],
            "isolation": ["barriers", "mental-health"], "housing": ["barriers"], "enablers": [], "key-worker": ["enablers"],
        ])
    }

    @Test("roll-up: the code, then its parent up to the theme; parents")
    func rollUp() {
        let hierarchy = CodeHierarchy(Self.codebook)
        #expect(hierarchy.rollUp("anxiety") == ["anxiety", "mental-health", "barriers"])
        #expect(hierarchy.rollUp("enablers") == ["enablers"])
        #expect(hierarchy.parentByID["anxiety"] == "mental-health")
        #expect(hierarchy.parentByID["barriers"] == nil)
    }
}
