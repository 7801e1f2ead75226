import ArgumentParser
import EvidentReport
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a study end to end and write its evidence appendix.",
        discussion: """
            Reads the manifest, loads every data set it names, codes the free text with its codebook, \
            and writes appendix.md, results.json, rejections.csv and tables/*.csv into the report \
            folder. A summary of what was read and rejected goes to standard error.

            Examples:
              evident report
              evident report --study Surveys/study.yaml --output Output/early-help-2016
            """
    )

    @Option(name: .long, help: ArgumentHelp("The study manifest.", valueName: "path"))
    var study = "Surveys/study.yaml"

    @Option(name: .long, help: ArgumentHelp("The report folder (default: the manifest's output, else Output/<study>).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A folder of Mustache templates that replace the shipped ones by name.", valueName: "dir"))
    var template: String?

    @Flag(name: .long, help: "Write the time of the run into the appendix and results.json (off by default, so reruns are byte-identical).")
    var stamp = false

    func run() throws {
        let progress = ProgressLine()
        let outcome = try StudyRun.report(
            ReportOptions(
                studyPath: study, outputPath: output, templateDirectory: template, version: Evident.version,
                stamp: stamp ? ISO8601DateFormatter().string(from: Date()) : nil
            ),
            progress: progress.callback
        )
        progress.finish()
        Terminal.error(outcome.summary)
    }
}
