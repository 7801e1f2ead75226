import EvidentCoding
import EvidentImport
import EvidentModel

/// Lints YAML text the way `evident codebook lint` does and returns its lines.
enum LintSupport {
    static let file = "Codebooks/x.yaml"

    /// The report's lines (findings, then the count line) for `yaml`.
    static func lines(_ yaml: String, datasetIDs: Set<String>? = nil) -> [String] {
        report(yaml, datasetIDs: datasetIDs).lines
    }

    /// The findings only, without the count line.
    static func findings(_ yaml: String, datasetIDs: Set<String>? = nil) -> [String] {
        report(yaml, datasetIDs: datasetIDs).findings.map(\.description)
    }

    static func report(_ yaml: String, datasetIDs: Set<String>? = nil) -> LintReport {
        let read = LenientCodebookReader.parse(yaml, file: file)
        return LintReport(
            file: read.file, problems: read.problems, codebook: read.codebook,
            linter: CodebookLinter(datasetIDs: datasetIDs))
    }

    /// A codebook whose one theme `t` holds one code `c` with the given lines (indented by the
    /// caller to 8 spaces); line 9 is the first of them, and the id `c` stands at 7:13.
    static func oneCode(_ lines: String) -> String {
        """
        codebook:
          name: Test
        themes:
          - id: t
            label: Theme
            codes:
              - id: c
                label: Code

        """ + lines
    }
}
