import EvidentCoding
import EvidentModel
import Testing

@Suite("PatternParser: the pattern language (codebook spec §3.2–3.3)")
struct PatternParserTests {
    static let parsed: [(String, Pattern)] = [
        ("lonely", .phrase(PatternPhrase([.word("lonely")]))),
        ("Anxi*", .phrase(PatternPhrase([.prefix("anxi")]))),
        ("mental health", .phrase(PatternPhrase([.word("mental"), .word("health")]))),
        ("mental  health*", .phrase(PatternPhrase([.word("mental"), .prefix("health")]))),
        // Words are tokenized like answers: a hyphen splits, a curly apostrophe straightens.
        ("Step-Down", .phrase(PatternPhrase([.word("step"), .word("down")]))),
        ("Mum\u{2019}s", .phrase(PatternPhrase([.word("mum's")]))),
        ("\u{FB01}nancial", .phrase(PatternPhrase([.word("financial")]))),
        // A quoted phrase standing alone is the phrase.
        ("\"mental health\"", .phrase(PatternPhrase([.word("mental"), .word("health")]))),
        // `near`, `NEAR` and `near/3` are ordinary words; only `NEAR/<digits>` is the operator.
        ("near school", .phrase(PatternPhrase([.word("near"), .word("school")]))),
        ("NEAR school", .phrase(PatternPhrase([.word("near"), .word("school")]))),
        ("a near/3 b", .phrase(PatternPhrase([.word("a"), .word("near"), .word("3"), .word("b")]))),
        ("worker NEAR/2 listened", .near(PatternPhrase([.word("worker")]), PatternPhrase([.word("listened")]), distance: 2)),
        (
            "\"social worker\" NEAR/4 listen*",
            .near(PatternPhrase([.word("social"), .word("worker")]), PatternPhrase([.prefix("listen")]), distance: 4)
        ),
        (
            "\u{201C}key worker\u{201D} NEAR/0 \"really helped\"",
            .near(PatternPhrase([.word("key"), .word("worker")]), PatternPhrase([.word("really"), .word("helped")]), distance: 0)
        ),
        // A hyphenated operand is one written word (two tokens), so it needs no quotes.
        ("step-down NEAR/3 help", .near(PatternPhrase([.word("step"), .word("down")]), PatternPhrase([.word("help")]), distance: 3)),
        ("\"NEAR/3 x\"", .phrase(PatternPhrase([.word("near"), .word("3"), .word("x")]))),
    ]

    @Test("patterns that parse", arguments: parsed)
    func parses(text: String, expected: Pattern) throws {
        #expect(try PatternParser().parse(text) == expected)
    }

    static let refused: [(String, Int, String)] = [
        ("", 1, "the pattern is empty"),
        ("   ", 1, "the pattern is empty"),
        ("foo NEAR/x bar", 5, "'NEAR/' must be followed by a whole number of tokens and a space, as in NEAR/3"),
        ("foo NEAR/3bar", 5, "'NEAR/' must be followed by a whole number of tokens and a space, as in NEAR/3"),
        ("foo NEAR/ bar", 5, "'NEAR/' must be followed by a whole number of tokens and a space, as in NEAR/3"),
        ("foo NEAR/99999999999999999999 bar", 5, "the NEAR distance in 'NEAR/99999999999999999999' is too large"),
        ("NEAR/3 listen", 1, "NEAR/3 needs a term or a quoted phrase before it"),
        ("listen NEAR/3", 8, "NEAR/3 needs a term or a quoted phrase after it"),
        (
            "social worker NEAR/4 listen*", 8,
            "a NEAR operand of several words must be in double quotes, as in \"social worker\" NEAR/4 listen*"
        ),
        (
            "listen* NEAR/4 social worker", 23,
            "a NEAR operand of several words must be in double quotes, as in \"social worker\" NEAR/4 listen*"
        ),
        ("a NEAR/2 b NEAR/3 c", 12, "a pattern may hold only one NEAR/n"),
        ("\"social worker NEAR/2 x", 1, "the double quote opened here is never closed"),
        ("\"\" NEAR/2 x", 1, "the double quotes hold no words"),
        ("the \"social worker\"", 5, "double quotes only group a NEAR operand; without NEAR, write the phrase without them"),
        ("de*", 1, "the wildcard 'de*' needs at least 3 characters before '*'"),
        ("mental he*", 8, "the wildcard 'he*' needs at least 3 characters before '*'"),
        ("*", 1, "'*' needs at least 3 letters or digits before it"),
        ("de*pressed", 3, "'*' may only end a word, as in depress*"),
        ("depress**", 8, "'*' may only end a word, as in depress*"),
        ("*depress", 1, "'*' may only end a word, as in depress*"),
        ("care-*", 6, "'*' must directly follow the letters or digits it extends"),
        ("& help", 1, "'&' has no letters or digits to match"),
    ]

    @Test("patterns that do not parse, with the 1-based position", arguments: refused)
    func refuses(text: String, position: Int, reason: String) {
        #expect(throws: PatternSyntaxError(position: position, reason: reason)) {
            try PatternParser().parse(text)
        }
    }

    @Test("the input error names the code, the pattern, the position and the file")
    func inputErrorText() {
        let source = PatternSource("foo NEAR/x bar", declaredAt: SourceLocation(file: "Codebooks/x.yaml", line: 12, column: 11))
        let error = PatternSyntaxError(position: 5, reason: "'NEAR/' must be followed by a whole number of tokens and a space, as in NEAR/3")
        #expect(error.inputError(pattern: source, codeID: "mental-health").description
            == "error: cannot parse pattern 'foo NEAR/x bar' of code 'mental-health' at position 5: 'NEAR/' must be followed by a whole number of tokens and a space, as in NEAR/3 --> Codebooks/x.yaml:12:11")
    }

    @Test("the engine reports every unparseable pattern and exclusion, in codebook order")
    func engineListsEveryError() {
        let file = { (line: Int) in SourceLocation(file: "Codebooks/early-help.yaml", line: line, column: 13) }
        let codebook = CodingFixtures.codebook([
            Code(id: "barriers", label: "Barriers", patterns: [PatternSource("de*", declaredAt: file(4))], codes: [
                Code(id: "mental-health", label: "Mental health", patterns: [
                    PatternSource("anxi*", declaredAt: file(8)),
                    PatternSource("social worker NEAR/3 listen*", declaredAt: file(9)),
                ], exclude: [PatternSource("\"mental health team", declaredAt: file(11))]),
            ]),
            Code(id: "enablers", label: "Enablers", patterns: [PatternSource("help NEAR/x", declaredAt: file(15))]),
        ])
        let errors = #expect(throws: InputErrors.self) { try CodingEngine(codebook: codebook) }
        #expect(errors?.description == """
                error: cannot parse pattern 'de*' of code 'barriers' at position 1: the wildcard 'de*' needs at least 3 characters before '*' --> Codebooks/early-help.yaml:4:13
                error: cannot parse pattern 'social worker NEAR/3 listen*' of code 'mental-health' at position 8: a NEAR operand of several words must be in double quotes, as in "social worker" NEAR/4 listen* --> Codebooks/early-help.yaml:9:13
                error: cannot parse exclude pattern '"mental health team' of code 'mental-health' at position 1: the double quote opened here is never closed --> Codebooks/early-help.yaml:11:13
                error: cannot parse pattern 'help NEAR/x' of code 'enablers' at position 6: 'NEAR/' must be followed by a whole number of tokens and a space, as in NEAR/3 --> Codebooks/early-help.yaml:15:13
                """)
    }
}
