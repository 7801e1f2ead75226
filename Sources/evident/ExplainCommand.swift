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

            A quote's reference, printed under each quote in the appendix and listed in \
            results.json, stands for its data set, respondent and question.

            Examples:
              evident explain practitioners-2016 5107294059
              evident explain 7M2P4XA3.2
            """
    )

    @Argument(help: "The data set id, as in the manifest, or a quote's reference.")
    var dataset: String

    @Argument(help: "The respondent id (the file's id column, or the record number); none with a quote's reference.")
    var respondent: String?

    @Option(name: .long, help: ArgumentHelp("The study manifest.", valueName: "path"))
    var study = "Surveys/study.yaml"

    func run() throws {
        let location = try StudyLocation.resolve(study: study, output: nil)
        let highlight: Explanation.Highlight = isatty(STDOUT_FILENO) == 1 ? .terminal : .plain
        let text = if let respondent {
            try Explanation.explain(location, dataset: dataset, respondent: respondent, highlight: highlight)
        } else {
            try Explanation.explain(location, reference: dataset, highlight: highlight)
        }
        Terminal.outPrepared(text)
    }
}
