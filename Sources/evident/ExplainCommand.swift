import ArgumentParser
import EvidentApplication
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show one respondent's answers with the codes applied and the patterns that fired.",
        discussion: """
            Matched words are highlighted in a terminal (marked «like this» when piped). Each coded \
            segment lists its offsets, its code and every pattern that matched with its token span.

            Example:
              evident explain practitioners-2016 5107294059
            """
    )

    @Argument(help: "The data set id, as in the manifest.")
    var dataset: String

    @Argument(help: "The respondent id (the file's id column, or the record number).")
    var respondent: String

    @Option(name: .long, help: ArgumentHelp("The study manifest.", valueName: "path"))
    var study = "Surveys/study.yaml"

    func run() throws {
        let text = try Explanation.explain(
            StudyLocation.resolve(study: study, output: nil), dataset: dataset, respondent: respondent,
            highlight: isatty(STDOUT_FILENO) == 1 ? .terminal : .plain
        )
        Terminal.out(text)
    }
}
