import EvidentModel
import Testing

@testable import EvidentImport

@Suite("Study manifest: quotes pinned and excluded")
struct ManifestQuotesTests {
    let dir: TemporaryDirectory

    init() throws {
        dir = try TemporaryDirectory()
        try dir.write("survey.csv", "id,a\n1,2\n")
    }

    static func manifest(_ quotes: String) -> String {
        "study:\n  title: t\n  quotes:\n" + quotes + "datasets:\n  - id: d\n    kind: practitioner-survey\n    file: survey.csv\n"
    }

    func read(_ text: String) throws -> StudySpec {
        try ManifestReader.parse(text, file: "Surveys/study.yaml", directory: dir.path)
    }

    @Test("pin and exclude list references as written")
    func lists() throws {
        let spec = try read(Self.manifest("    pin: [7M2P4XA3.2, K1Q8ZD0T.10]\n    exclude: 00000000.0\n"))
        #expect(spec.pinnedQuotes == ["7M2P4XA3.2", "K1Q8ZD0T.10"])
        #expect(spec.excludedQuotes == ["00000000.0"])
    }

    @Test("a malformed reference or an unknown key is an error with its place", arguments: [
        ("    pin: [7M2P4XA3]\n", """
            error: '7M2P4XA3' is not a quote reference --> Surveys/study.yaml:4:11
              help: a reference is eight letters or digits, a dot and a segment number (7M2P4XA3.2), as printed under each quote and in results.json
            """),
        ("    pins: [7M2P4XA3.1]\n", """
            error: unknown key 'pins' in quotes --> Surveys/study.yaml:4:5
              help: did you mean 'pin'? keys allowed here: pin, exclude
            """),
    ])
    func errors(text: String, expected: String) {
        #expect(throws: InputError.self) { try read(Self.manifest(text)) }
        do {
            _ = try read(Self.manifest(text))
        } catch {
            #expect("\(error)" == expected)
        }
    }
}
