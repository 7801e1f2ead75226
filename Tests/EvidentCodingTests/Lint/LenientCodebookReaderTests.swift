import EvidentImport
import EvidentModel
import Testing

@Suite("LenientCodebookReader: every structural problem of a YAML codebook, reading on past each")
struct LenientCodebookReaderTests {
    func problems(_ yaml: String) -> [String] {
        LenientCodebookReader.parse(yaml, file: "Codebooks/x.yaml").problems.map(\.headline)
    }

    static let cases: [(String, String, [String])] = [
        (
            "unknown keys, each one, with a suggestion for a near miss",
            """
            codebook: {name: Test, autor: me}
            optoins: {}
            themes:
              - id: a
                label: A
                pattern: [x]
                colour_scheme: red
            """,
            [
                "error: unknown key 'autor' in codebook --> Codebooks/x.yaml:1:24",
                "error: unknown key 'optoins' in the codebook file (did you mean 'options'?) --> Codebooks/x.yaml:2:1",
                "error: unknown key 'pattern' in code 'a' (did you mean 'patterns'?) --> Codebooks/x.yaml:6:5",
                "error: unknown key 'colour_scheme' in code 'a' --> Codebooks/x.yaml:7:5",
            ]
        ),
        (
            "a key twice in one mapping, and reading goes on",
            "codebook: {name: Test}\nthemes:\n  - id: a\n    label: A\n    label: B\n    labl: C\n",
            [
                "error: key 'label' appears twice in one mapping (first at line 4) --> Codebooks/x.yaml:5:5",
                "error: unknown key 'labl' in code 'a' (did you mean 'label'?) --> Codebooks/x.yaml:6:5",
            ]
        ),
        (
            "values of the wrong type",
            """
            codebook: {name: Test}
            options: {negation: maybe, segment: paragraph}
            themes:
              - id: a
                label: [A]
                patterns: {x: y}
                negation: sometimes
              - just a string
            """,
            [
                "error: negation must be true or false, not 'maybe' --> Codebooks/x.yaml:2:21",
                "error: segment must be sentence or response, not 'paragraph' --> Codebooks/x.yaml:2:37",
                "error: label must be a single value, not a list or mapping --> Codebooks/x.yaml:5:12",
                "error: patterns must be a list --> Codebooks/x.yaml:6:15",
                "error: negation must be true or false, not 'sometimes' --> Codebooks/x.yaml:7:15",
                "error: a code must be a mapping of keys to values --> Codebooks/x.yaml:8:5",
            ]
        ),
        (
            "ids: malformed, and missing (the code is still read)",
            "codebook: {name: Test}\nthemes:\n  - id: Mental_Health\n    label: A\n  - label: B\n    patterns: [x]\n",
            [
                "error: code id 'Mental_Health' must be lowercase letters, digits and '-', starting with a letter or digit "
                    + "--> Codebooks/x.yaml:3:9",
                "error: a code has no id --> Codebooks/x.yaml:5:5",
            ]
        ),
        (
            "no name and no themes",
            "codebook: {version: 1}\n",
            [
                "error: the codebook has no name --> Codebooks/x.yaml:1:1",
                "error: the codebook has no themes --> Codebooks/x.yaml:1:1",
            ]
        ),
        (
            "both description and definition",
            "codebook: {name: T}\nthemes:\n  - id: a\n    label: A\n    description: x\n    definition: y\n",
            ["error: code 'a' has both description and definition --> Codebooks/x.yaml:6:5"]
        ),
        ("an empty file", "", ["error: the file is empty --> Codebooks/x.yaml:1:1"]),
    ]

    @Test("structural problems, verbatim", arguments: cases)
    func structural(name: String, yaml: String, expected: [String]) {
        #expect(problems(yaml) == expected, "\(name)")
    }

    @Test("a YAML syntax error is one problem with its line")
    func syntax() {
        let found = problems("codebook: {name: T}\nthemes:\n  - id: a\n   label: [x\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("error: invalid YAML: ") == true)
        #expect(found.first?.contains("Codebooks/x.yaml:") == true)
    }

    @Test("codes, duplicates included, with the locations of ids and of each pattern's first character")
    func locations() {
        let read = LenientCodebookReader.parse("""
            codebook: {name: T}
            themes:
              - id: a
                label: A
                patterns:
                  - plain*
                  - "quoted"
                  - 'single ''quoted'''
                  - "esc\\u0061ped"
              - id: a
                label: Again
            """, file: "x.yaml")
        #expect(read.problems.isEmpty)
        #expect(read.codebook.allCodes.map(\.code.id) == ["a", "a"])
        #expect(read.codebook.themes[0].declaredAt == SourceLocation(file: "x.yaml", line: 3, column: 9))
        #expect(read.codebook.themes[0].patterns.map(\.text) == ["plain*", "quoted", "single 'quoted'", "escaped"])
        #expect(read.codebook.themes[0].patterns.map(\.declaredAt) == [
            SourceLocation(file: "x.yaml", line: 6, column: 9),
            SourceLocation(file: "x.yaml", line: 7, column: 10),
            // An escape: positions in the text no longer map to columns.
            SourceLocation(file: "x.yaml", line: 8, column: nil),
            SourceLocation(file: "x.yaml", line: 9, column: nil),
        ])
    }

    @Test("a file that cannot be read is one problem")
    func unreadable() {
        let read = LenientCodebookReader.read(path: "/nonexistent/evident-lint/x.yaml")
        #expect(read.problems.map(\.headline) == ["error: cannot read file --> /nonexistent/evident-lint/x.yaml"])
    }
}
