import ArgumentParser
import EvidentModel
import EvidentApplication
import Foundation

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code a study's free text and write coded_segments.csv.",
        discussion: """
            Every coded segment is one row: data set, respondent, question id, segment index, its \
            offsets in the answer (Unicode scalars, as QDA tools count them), the code, and every \
            pattern that matched with its token span — why the segment was coded. questions.csv, \
            beside it, gives each question id's text. Throughput goes to standard error.

            Examples:
              evident code
              evident code --study Surveys/study.yaml --output Output/coding
            """
    )

    @Option(name: .long, help: ArgumentHelp("The study manifest.", valueName: "path"))
    var study = "Surveys/study.yaml"

    @Option(name: .long, help: ArgumentHelp("The folder to write coded_segments.csv into (default: the report folder).", valueName: "dir"))
    var output: String?

    func run() throws {
        let location = try StudyLocation.resolve(study: study, output: output)
        if let inferred = location.inferred { Terminal.error(inferred.note) }
        let progress = ProgressLine()
        let outcome = try CodeRun.code(location, progress: progress.callback)
        progress.finish()
        for rejection in outcome.rejections.prefix(8) { Terminal.error("  \(rejection.location): \(rejection.reason)") }
        if outcome.rejections.count > 8 { Terminal.error("  … and \(outcome.rejections.count - 8) more; evident report lists them all in rejections.csv") }
        let megabytes = Double(outcome.bytes) / 1_000_000
        Terminal.error(String(
            format: "Coded %d answers (%.1f MB) into %d coded segments in %.2f s (%.1f MB/s).\nWrote %@ (its questions in questions.csv)",
            outcome.answers, megabytes, outcome.segments, outcome.seconds, megabytes / max(outcome.seconds, 1e-9), outcome.file
        ))
    }
}
