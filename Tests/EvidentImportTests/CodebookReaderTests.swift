import EvidentModel
import Testing

@testable import EvidentImport

@Suite("Codebook YAML")
struct CodebookReaderTests {
    func message(_ text: String) -> String? {
        do {
            _ = try CodebookReader.parse(text, file: "Codebooks/x.yaml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("a codebook reads with options, nested codes, patterns with their lines, and manual-only codes")
    func reads() throws {
        let codebook = try CodebookReader.parse("""
            codebook:
              name: Early Help evaluation codebook
              version: "2016.1"
            options:
              negation: false
              stemming: yes
              segment: response
            themes:
              - id: barriers
                label: Barriers
                description: What stops families making progress.
                codes:
                  - id: mental-health
                    label: Poor mental health
                    patterns: [mental health, anxi*]
                    exclude: [mental health team]
                    applies_to: [practitioner-survey]
                    codes:
                      - id: postnatal
                        label: Postnatal depression
                        patterns:
                          - postnatal
                  - id: other-barrier
                    label: Other barrier
            """, file: "Codebooks/x.yaml")
        #expect(codebook.name == "Early Help evaluation codebook")
        #expect(codebook.version == "2016.1")
        #expect(codebook.options == CodingOptions(negation: false, stemming: true, segment: .response))
        #expect(codebook.allCodes.map(\.code.id) == ["barriers", "mental-health", "postnatal", "other-barrier"])
        #expect(codebook.allCodes.map(\.depth) == [0, 1, 2, 1])
        let mental = codebook.themes[0].codes[0]
        #expect(mental.patterns.map(\.text) == ["mental health", "anxi*"])
        #expect(mental.patterns[1].declaredAt == SourceLocation(file: "Codebooks/x.yaml", line: 15, column: 35))
        #expect(mental.exclude.map(\.text) == ["mental health team"])
        #expect(mental.appliesTo == ["practitioner-survey"])
        #expect(codebook.themes[0].definition == "What stops families making progress.")
        #expect(codebook.themes[0].codes[1].isManualOnly)
    }

    @Test("errors name the key or id, file, line and column", arguments: [
        ("codebook: {name: x}\nthemes:\n  - id: a\n    label: A\n    pattern: [x]\n", """
            error: unknown key 'pattern' in code 'a' --> Codebooks/x.yaml:5:5
              help: did you mean 'patterns'? keys allowed here: id, label, description, definition, include, exclude_guidance, patterns, exclude, negation, applies_to, examples, color, guid, codable, codes
            """),
        ("codebook: {name: x}\nthemes:\n  - id: a\n    label: A\n  - id: a\n    label: B\n", """
            error: code id 'a' is used twice (first at line 3) --> Codebooks/x.yaml:5:9
              help: give each code its own id
            """),
        ("codebook: {name: x}\nthemes:\n  - id: Mental_Health\n    label: A\n", """
            error: code id 'Mental_Health' must be lowercase letters, digits and '-', starting with a letter or digit --> Codebooks/x.yaml:3:9
            """),
        ("codebook: {name: x}\nthemes:\n  - id: a\n", """
            error: code 'a' has no label --> Codebooks/x.yaml:3:9
              help: add label: with a short name
            """),
        ("codebook: {version: 1}\nthemes: []\n", """
            error: the codebook has no name --> Codebooks/x.yaml:1:1
              help: add codebook: with name: under it
            """),
    ])
    func errors(text: String, expected: String) {
        #expect(message(text) == expected)
    }
}
