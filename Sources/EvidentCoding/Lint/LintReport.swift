public import EvidentModel

/// Everything `evident codebook lint` says about one codebook file: the structural problems found
/// reading it and the linter's findings, in file order, then a count line.
///
/// ```
/// error: unknown key 'pattern' in code 'anxiety' (did you mean 'patterns'?) --> Codebooks/x.yaml:12:7
/// warning: pattern 'anxi*' is repeated in codes 'mental-health' and 'anxiety' --> Codebooks/x.yaml:14:11
/// Codebooks/x.yaml: 1 error, 1 warning (12 codes, 40 patterns)
/// ```
public struct LintReport: Sendable {
    /// The file as shown to the user.
    public var file: String
    /// Every finding, ordered by line then column (findings without a line first); findings at
    /// the same place keep the order they were found in.
    public var findings: [LintFinding]
    /// Codes in the codebook, themes included.
    public var codes: Int
    /// Patterns in the codebook, exclusions not included.
    public var patterns: Int

    /// Lints `codebook`, read from `file` with the structural `problems` found on the way (see
    /// `LenientCodebook` in EvidentImport).
    public init(
        file: String, problems: [InputError], codebook: Codebook, linter: CodebookLinter = CodebookLinter(), warnings: [Diagnostic] = []
    ) {
        self.file = file
        let noticed = warnings.filter { $0.severity != .note }.map { LintFinding(.warning, $0.message, at: $0.location) }
        let all = problems.map(LintFinding.init) + noticed + linter.findings(in: codebook)
        findings = all.enumerated().sorted { left, right in
            let a = (left.element.location?.line ?? 0, left.element.location?.column ?? 0, left.offset)
            let b = (right.element.location?.line ?? 0, right.element.location?.column ?? 0, right.offset)
            return a < b
        }.map(\.element)
        let placed = codebook.allCodes
        codes = placed.count
        patterns = placed.reduce(0) { $0 + $1.code.patterns.count }
    }

    public var errorCount: Int { findings.count { $0.severity == .error } }
    public var warningCount: Int { findings.count { $0.severity == .warning } }

    /// Whether the codebook cannot be used as it is (the command exits with 1).
    public var hasErrors: Bool { errorCount > 0 }

    /// `<file>: 1 error, 2 warnings (12 codes, 40 patterns)`, or `<file>: no problems (…)`.
    public var summary: String {
        let counts = (errorCount, warningCount) == (0, 0)
            ? "no problems"
            : "\(Self.count(errorCount, "error")), \(Self.count(warningCount, "warning"))"
        return "\(file): \(counts) (\(Self.count(codes, "code")), \(Self.count(patterns, "pattern")))"
    }

    /// One line per finding, then the summary.
    public var lines: [String] {
        findings.map(\.description) + [summary]
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
