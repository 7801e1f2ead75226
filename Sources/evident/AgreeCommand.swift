import ArgumentParser
import EvidentApplication

/// `evident agree`: agreement between coders, and of the automatic coding against one of them.
struct AgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Measure agreement between coders, and the automatic coding against a reference coder.",
        discussion: """
            Reads manual coding — CSV files with the columns dataset, respondent, question, code_id, coder \
            (and optionally start, end, note), or REFI-QDA projects (.qdpx) coded in NVivo, ATLAS.ti, MAXQDA \
            or QualCoder from a project evident export-qdpx wrote — and writes agreement.json, agreement.csv \
            and agreement.md (the appendix section): percent agreement, Cohen's kappa for each pair of \
            coders, Krippendorff's alpha, and with --reference the automatic coding's precision, recall \
            and F1. Rows that name an unknown data set, respondent, question or code are listed with \
            their line on standard error and in agreement.json.

            Example, on the sample study's double-coded subset:
              evident agree --coding Surveys/coding/double-coded.csv \\
                --coverage Surveys/coding/coverage.csv --reference AB
            """
    )

    @Option(name: .long, help: ArgumentHelp("The study manifest.", valueName: "path"))
    var study = "Surveys/study.yaml"

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Manual coding files (.csv or .qdpx).", valueName: "file"))
    var coding: [String]

    @Option(name: .long, help: ArgumentHelp("The answers each coder covered (dataset, respondent, question, coder).", valueName: "file"))
    var coverage: String?

    @Option(name: .long, help: ArgumentHelp("The coder to measure the automatic coding against.", valueName: "coder"))
    var reference: String?

    @Option(name: .long, help: ArgumentHelp("The folder to write into (default: the report folder).", valueName: "dir"))
    var output: String?

    func run() throws {
        let location = try StudyLocation.resolve(study: study, output: output)
        if let inferred = location.inferred { Terminal.error(inferred.note) }
        let outcome = try AgreeRun.run(AgreeRun.Options(
            location: location, codingPaths: coding, coveragePath: coverage, reference: reference
        ))
        Terminal.error(outcome.summary)
    }
}
