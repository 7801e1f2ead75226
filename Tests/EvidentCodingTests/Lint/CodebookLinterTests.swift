import EvidentCoding
import EvidentModel
import Foundation
import Testing

@Suite("CodebookLinter: every lint check, messages verbatim (codebook spec §5)")
struct CodebookLinterTests {
    static let checks: [(String, String, [String])] = [
        (
            "a code id used twice, at the second",
            """
            codebook: {name: Test}
            themes:
              - id: barriers
                label: Barriers
                codes:
                  - id: barriers
                    label: Again
            """,
            ["error: code id 'barriers' is used twice (first at line 3) --> Codebooks/x.yaml:6:13"]
        ),
        (
            "a missing label and a blank one",
            """
            codebook: {name: Test}
            themes:
              - id: a
              - id: b
                label: "  "
            """,
            [
                "error: code 'a' has no label --> Codebooks/x.yaml:3:9",
                "error: code 'b' has no label --> Codebooks/x.yaml:4:9",
            ]
        ),
        (
            "an unparseable pattern, at the column of the problem",
            LintSupport.oneCode("        patterns:\n          - social worker NEAR/4 listen*\n"),
            [
                "error: cannot parse pattern 'social worker NEAR/4 listen*' of code 'c' at position 8: a NEAR operand of "
                    + "several words must be in double quotes, as in \"social worker\" NEAR/4 listen* --> Codebooks/x.yaml:10:20",
            ]
        ),
        (
            "an unparseable exclusion in a flow list, quoted",
            LintSupport.oneCode("        patterns: [worker]\n        exclude: [\"worker NEAR/x team\"]\n"),
            [
                "error: cannot parse exclude pattern 'worker NEAR/x team' of code 'c' at position 8: 'NEAR/' must be "
                    + "followed by a whole number of tokens and a space, as in NEAR/3 --> Codebooks/x.yaml:10:27",
            ]
        ),
        (
            "wildcards with a stem under 3 characters, each one, in patterns and exclusions",
            LintSupport.oneCode("        patterns:\n          - mental he* or de*\n          - \"\\\"ab*\\\" NEAR/2 x\"\n"
                + "        exclude: ['*']\n"),
            [
                "error: wildcard 'he*' in pattern 'mental he* or de*' of code 'c' needs at least 3 characters before '*' "
                    + "--> Codebooks/x.yaml:10:20",
                "error: wildcard 'de*' in pattern 'mental he* or de*' of code 'c' needs at least 3 characters before '*' "
                    + "--> Codebooks/x.yaml:10:27",
                // An escaped quote: the text is not verbatim on the line, so no column.
                "error: wildcard 'ab*' in pattern '\"ab*\" NEAR/2 x' of code 'c' needs at least 3 characters before '*' "
                    + "--> Codebooks/x.yaml:11",
                "error: wildcard '*' in exclude pattern '*' of code 'c' needs at least 3 characters before '*' "
                    + "--> Codebooks/x.yaml:12:20",
            ]
        ),
        (
            "a wildcard after a hyphen counts only the token before the star",
            LintSupport.oneCode("        patterns: [step-up*]\n"),
            ["error: wildcard 'up*' in pattern 'step-up*' of code 'c' needs at least 3 characters before '*' --> Codebooks/x.yaml:9:25"]
        ),
        (
            "a pattern repeated in two codes, compared after normalisation",
            """
            codebook: {name: Test}
            themes:
              - id: mental-health
                label: Mental health
                patterns: [anxi*, mental health]
              - id: anxiety
                label: Anxiety
                patterns:
                  - Anxi*
                  - "Mental  Health"
            """,
            [
                "warning: pattern 'Anxi*' is repeated in codes 'mental-health' and 'anxiety' --> Codebooks/x.yaml:9:9",
                "warning: pattern 'Mental  Health' is repeated in codes 'mental-health' and 'anxiety' --> Codebooks/x.yaml:10:10",
            ]
        ),
        (
            "a pattern twice in one code, NEAR being symmetric",
            LintSupport.oneCode("        patterns:\n          - threshold* NEAR/4 guidance\n          - guidance NEAR/4 threshold*\n"
                + "          - guidance NEAR/5 threshold*\n"),
            [
                "warning: pattern 'guidance NEAR/4 threshold*' appears twice in code 'c' (first at line 10) --> Codebooks/x.yaml:11:13",
            ]
        ),
        (
            "an empty applies_to",
            LintSupport.oneCode("        patterns: [x]\n        applies_to: []\n"),
            ["warning: code 'c' has an empty applies_to, so it applies to no data set --> Codebooks/x.yaml:7:13"]
        ),
        (
            "without a study, only a near miss of a data set kind warns: ids are allowed",
            LintSupport.oneCode("        applies_to: [practitioner-surveys, msc-stories, interviews-2016, closure-feedback]\n"),
            [
                "warning: applies_to of code 'c' names 'practitioner-surveys', which is not a data set kind "
                    + "(did you mean 'practitioner-survey'?) --> Codebooks/x.yaml:7:13",
            ]
        ),
        (
            "a manual-only code (no patterns) is fine",
            LintSupport.oneCode("        definition: Coded by hand.\n        codes:\n          - id: d\n            label: D\n"),
            []
        ),
    ]

    @Test("each check", arguments: checks)
    func check(name: String, yaml: String, expected: [String]) {
        #expect(LintSupport.findings(yaml) == expected, "\(name)")
    }

    @Test("with a study, applies_to must name a kind or one of its data sets")
    func appliesToWithStudy() {
        let yaml = LintSupport.oneCode("        applies_to: [practitioners-2016, practitioner-survey, closure-2017]\n")
        #expect(LintSupport.findings(yaml, datasetIDs: ["practitioners-2016", "closure-feedback-2016"]) == [
            "warning: applies_to of code 'c' names 'closure-2017', which is neither a data set kind nor a data set of the "
                + "study --> Codebooks/x.yaml:7:13",
        ])
    }

    @Test("a codebook built in code, without locations, is linted too")
    func withoutLocations() {
        let codebook = Codebook(name: "T", themes: [
            Code(id: "a", label: "A", patterns: [PatternSource("ab*")]),
            Code(id: "a", label: "", patterns: [PatternSource("ab*")]),
        ])
        #expect(CodebookLinter().findings(in: codebook).map(\.description) == [
            "error: wildcard 'ab*' in pattern 'ab*' of code 'a' needs at least 3 characters before '*'",
            "error: code id 'a' is used twice",
            "error: code 'a' has no label",
            "error: wildcard 'ab*' in pattern 'ab*' of code 'a' needs at least 3 characters before '*'",
        ])
    }

    @Test("the sample study's codebook has no errors")
    func sampleCodebook() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let yaml = try String(contentsOf: root.appendingPathComponent("Codebooks/early-help.yaml"), encoding: .utf8)
        let report = LintSupport.report(yaml)
        #expect(!report.hasErrors, "\(report.lines)")
        #expect(report.codes > 50)
    }
}
