import EvidentCoding
import EvidentModel
import Testing

@Suite("Codebook fingerprint")
struct CodebookFingerprintTests {
    static func codebook(version: String? = "1", pattern: String = "worker*", color: String? = nil) -> Codebook {
        var code = Code(id: "worker", label: "Worker", patterns: [PatternSource(pattern)])
        code.color = color
        var codebook = Codebook(name: "c", themes: [Code(id: "help", label: "Help", codes: [code])])
        codebook.version = version
        return codebook
    }

    @Test("the fingerprint follows the coding rules and labels, not the version, colours or formatting")
    func content() {
        let base = Self.codebook().fingerprint
        #expect(base.count == 64 && base.allSatisfy(\.isHexDigit))
        #expect(Self.codebook(version: "2").fingerprint == base)
        #expect(Self.codebook(color: "#ff0000").fingerprint == base)
        #expect(Self.codebook(pattern: "workers").fingerprint != base)
    }
}
