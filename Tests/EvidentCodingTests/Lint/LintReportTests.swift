import EvidentCoding
import EvidentModel
import Testing

@Suite("LintReport: findings in file order, then a count line")
struct LintReportTests {
    @Test("structural problems and linter findings interleave by line and column, then the count line")
    func wholeReport() {
        let yaml = """
            codebook:
              name: Test
            themes:
              - id: mental-health
                label: Mental health
                patterns: [anxi*, de*]
                codes:
                  - id: anxiety
                    label: Anxiety
                    pattern: [worry]
                    patterns: [anxi*]
            """
        #expect(LintSupport.lines(yaml) == [
            "error: wildcard 'de*' in pattern 'de*' of code 'mental-health' needs at least 3 characters before '*' --> Codebooks/x.yaml:6:23",
            "error: unknown key 'pattern' in code 'anxiety' (did you mean 'patterns'?) --> Codebooks/x.yaml:10:9",
            "warning: pattern 'anxi*' is repeated in codes 'mental-health' and 'anxiety' --> Codebooks/x.yaml:11:20",
            "Codebooks/x.yaml: 2 errors, 1 warning (2 codes, 3 patterns)",
        ])
        #expect(LintSupport.report(yaml).hasErrors)
    }

    @Test("a clean codebook: no problems, and no errors to stop on")
    func clean() {
        let report = LintSupport.report(LintSupport.oneCode("        patterns: [worry]\n"))
        #expect(report.lines == ["Codebooks/x.yaml: no problems (2 codes, 1 pattern)"])
        #expect(!report.hasErrors)
    }

    @Test("warnings alone do not make the lint fail")
    func warningsOnly() {
        let report = LintSupport.report(LintSupport.oneCode("        patterns: [worry, worry]\n"))
        #expect(report.lines.last == "Codebooks/x.yaml: 0 errors, 1 warning (2 codes, 2 patterns)")
        #expect(report.warningCount == 1)
        #expect(!report.hasErrors)
    }

    @Test("findings without a location come first")
    func unlocated() {
        let report = LintReport(
            file: "x.yaml", problems: [InputError("cannot read file", at: SourceLocation(file: "x.yaml"))],
            codebook: Codebook(name: "", themes: []))
        #expect(report.lines == ["error: cannot read file --> x.yaml", "x.yaml: 1 error, 0 warnings (0 codes, 0 patterns)"])
    }
}
