import ArgumentParser
import EvidentCoding
import EvidentImport
import EvidentModel

struct CodebookLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a codebook and report every problem with its file, line and column.",
        discussion: """
            Errors: YAML syntax, unknown or repeated keys, values of the wrong type, malformed or \
            repeated code ids, codes without a label, patterns that do not parse, wildcards with a \
            stem under 3 characters. Warnings: a pattern repeated in two codes, an exclusion that can \
            never act on its code's patterns, an empty or unknown applies_to. One finding a line on \
            standard output, then a count line; the exit status is 1 when there is an error.

            Examples:
              evident codebook lint Codebooks/early-help.yaml
              evident codebook lint --study Surveys/study.yaml
            """
    )

    @Argument(help: ArgumentHelp("The codebook (default: the one the study names).", valueName: "file"))
    var file: String?

    @Option(
        name: .long,
        help: ArgumentHelp("A study manifest, to check applies_to against its data set ids.", valueName: "path"))
    var study: String?

    func run() throws {
        var datasetIDs: Set<String>?
        var path = file
        if study != nil || file == nil {
            let spec = try ManifestReader.read(path: study ?? "Surveys/study.yaml")
            datasetIDs = Set(spec.datasets.map(\.id))
            if path == nil {
                guard let codebook = spec.codebookPath else {
                    throw InputError(
                        "the study names no codebook", at: SourceLocation(file: spec.manifestPath),
                        help: "name the codebook file: evident codebook lint FILE")
                }
                path = codebook
            }
        }
        guard let path else { return }
        let read = LenientCodebookReader.read(path: path)
        let report = LintReport(
            file: read.file, problems: read.problems, codebook: read.codebook,
            linter: CodebookLinter(datasetIDs: datasetIDs), warnings: read.warnings)
        for line in report.lines {
            Terminal.out(line)
        }
        if report.hasErrors {
            throw ExitCode.failure
        }
    }
}
