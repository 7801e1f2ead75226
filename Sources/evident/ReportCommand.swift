import ArgumentParser
import EvidentApplication
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a study end to end and write its evidence appendix.",
        discussion: """
            Reads the manifest, loads every data set it names, codes the free text with its codebook, \
            and writes appendix.html, appendix.md, appendix.docx, charts (SVG and PNG), results.json, rejections.csv and tables/*.csv into the report \
            folder. A summary of what was read and rejected goes to standard error.

            With no manifest (Surveys/study.yaml missing, or --study naming a folder of exports), a study \
            is inferred from the exports as evident inspect would, run, and its manifest written beside \
            the report as study.inferred.yaml, to edit and run again.

            Examples:
              evident report
              evident report --study Surveys/study.yaml --output Output/early-help-2016
              evident report --study Exports/ --date-order mdy
            """
    )

    @Option(name: .long, help: ArgumentHelp("The study manifest, or a folder of exports to infer one from.", valueName: "path"))
    var study = "Surveys/study.yaml"

    @Option(name: .long, help: ArgumentHelp("The report folder (default: the manifest's output, else Output/<study>).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A folder of Mustache templates that replace the shipped ones by name.", valueName: "dir"))
    var template: String?

    @Option(name: .long, help: ArgumentHelp("A council's own Word document (.docx or .dotx) whose styles appendix.docx uses.", valueName: "file"))
    var wordTemplate: String?

    @Flag(name: .long, help: "Write the time of the run into the appendix and results.json (off by default, so reruns are byte-identical).")
    var stamp = false

    @Option(name: .long, help: ArgumentHelp("With no manifest: how to read dates like 03/04/2016, dmy or mdy.", valueName: "order"))
    var dateOrder = "dmy"

    @Option(name: .long, help: ArgumentHelp("An earlier report folder: write changes.md saying what moved since it (data, codebook, figures, codes).", valueName: "dir"))
    var compare: String?

    @Option(name: .long, help: ArgumentHelp(
        "Where the technical annex goes: include (at the end of the appendix) or separate (annex.html, annex.md, annex.docx).",
        valueName: "placement"))
    var annex: AnnexPlacement = .include

    func validate() throws {
        _ = try DateOrderOption.parse(dateOrder)
    }

    func run() throws {
        let location = try StudyLocation.resolve(study: study, output: output, dateOrder: DateOrderOption.parse(dateOrder))
        if let inferred = location.inferred { Terminal.error(inferred.note) }
        var previous: ReportComparison.Snapshot?
        if let compare { previous = try ReportComparison.load(compare) }
        let progress = ProgressLine()
        let outcome = try ReportRun.run(
            ReportOptions(
                location: location, templateDirectory: template, wordTemplate: wordTemplate, version: Evident.version,
                stamp: stamp ? ISO8601DateFormatter().string(from: Date()) : nil, separateAnnex: annex == .separate
            ),
            progress: progress.callback
        )
        progress.finish()
        if let previous, let compare {
            let current = try ReportComparison.load(outcome.folder)
            let text = ReportComparison.markdown(previous: previous, current: current, previousName: compare)
            try Data(text.utf8).write(to: URL(fileURLWithPath: outcome.folder).appendingPathComponent("changes.md"))
        }
        Terminal.error(outcome.summary)
    }
}

/// `--annex include|separate`.
enum AnnexPlacement: String, ExpressibleByArgument, CaseIterable {
    case include
    case separate
}
