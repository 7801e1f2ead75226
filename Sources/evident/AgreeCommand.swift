import ArgumentParser
import EvidentImport
import EvidentModel
import EvidentApplication
import Foundation

/// `evident agree`: agreement between coders, and of the automatic coding against one of them.
struct AgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Measure agreement between coders, and the automatic coding against a reference coder.",
        discussion: """
            Reads manual coding — CSV files with the columns dataset, respondent, question, code_id, coder \
            (and optionally start, end, note), or REFI-QDA projects (.qdpx) from NVivo, ATLAS.ti, MAXQDA or \
            QualCoder, where each user is a coder — and writes agreement.json, agreement.csv and agreement.md \
            (the appendix section): percent agreement, Cohen's kappa for each pair of coders, Krippendorff's \
            alpha, and with --reference the automatic coding's precision, recall and F1.

            With a study, a project's selections become codings of the study's answers: in a project \
            evident export-qdpx wrote, by position; in any other document, by finding the answer whose \
            text the selection holds. Without one (--no-study, or no --study and no Surveys/study.yaml), \
            projects are compared on their own documents, each document one unit. Rows and selections \
            that cannot be used are reported on standard error, one line per cause with a count and the \
            first one, and each with its line in agreement.json. When nothing could be compared (no answer \
            two coders coded, no automatic coding measured) the files are written and the exit status is 1.

            Examples:
              evident agree --coding Surveys/coding/double-coded.csv \\
                --coverage Surveys/coding/coverage.csv --reference AB
              evident agree --no-study --coding nvivo-project.qdpx
            """
    )

    @Option(name: .long, help: ArgumentHelp("The study manifest (default: Surveys/study.yaml when it exists).", valueName: "path"))
    var study: String?

    @Flag(name: .long, help: "Compare REFI-QDA projects on their own documents, without a study.")
    var noStudy = false

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Manual coding files (.csv or .qdpx).", valueName: "file"))
    var coding: [String]

    @Option(name: .long, help: ArgumentHelp("The answers each coder covered (dataset, respondent, question, coder).", valueName: "file"))
    var coverage: String?

    @Option(name: .long, help: ArgumentHelp("The coder to measure the automatic coding against.", valueName: "coder"))
    var reference: String?

    @Option(name: .long, help: ArgumentHelp("The folder to write into (default: the report folder).", valueName: "dir"))
    var output: String?

    func validate() throws {
        if noStudy, study != nil { throw ValidationError("give either --study or --no-study, not both") }
    }

    func run() throws {
        let location = try studyPath.map { path throws(InputErrors) in try StudyLocation.resolve(study: path, output: output) }
        if let inferred = location?.inferred { Terminal.error(inferred.note) }
        let outcome = try AgreeRun.run(AgreeRun.Options(
            location: location, codingPaths: coding, coveragePath: coverage, reference: reference, outputPath: output
        ))
        Terminal.error(outcome.summary)
        if let problem = outcome.problem {
            Terminal.error(problem.description)
            throw ExitCode.failure
        }
    }

    /// The study to map coding onto: the one named; none with `--no-study`; else the sample
    /// layout's `Surveys/study.yaml` when it exists, or none when every coding file is a project.
    var studyPath: String? {
        if let study { return study }
        if noStudy { return nil }
        let fallback = "Surveys/study.yaml"
        let onlyProjects = coding.allSatisfy { CodebookFiles.Format(path: $0) == .qdpx }
        return FileManager.default.fileExists(atPath: fallback) || !onlyProjects ? fallback : nil
    }
}
