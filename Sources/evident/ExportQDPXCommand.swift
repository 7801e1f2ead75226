import ArgumentParser
import EvidentApplication

/// `evident export-qdpx`: the automatic coding as a REFI-QDA project.
struct ExportQDPXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-qdpx",
        abstract: "Write the automatic coding as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder.",
        discussion: """
            One text source per free-text question of each data set (every answer after its [respondent \
            id], as QualCoder's own survey import lays them out), respondents as cases with their \
            attributes, the codebook with stable GUIDs, and every coded sentence as a coded selection whose \
            note names the patterns that matched. The same study always gives the same bytes. Source \
            texts go in a lower-case sources/ folder, which ATLAS.ti requires.

            Selections are placed by position, and tools count positions differently where a text holds \
            an emoji (or any character beyond U+FFFF) or a CRLF line end: the standard and QualCoder count \
            characters, NVivo and MAXQDA UTF-16 code units, ATLAS.ti UTF-16 code units with a CRLF as one. \
            Name the tool with --for so its selections land where Evident put them; evident agree reads \
            the project back either way.

            Examples:
              evident export-qdpx
              evident export-qdpx --for nvivo --output Output/northmoor.qdpx
            """
    )

    @Option(name: .long, help: ArgumentHelp("The study manifest.", valueName: "path"))
    var study = "Surveys/study.yaml"

    @Option(name: .long, help: ArgumentHelp("The .qdpx to write (default: coded-project.qdpx in the report folder).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The creation date to record (default: a fixed 1980-01-01, so runs give the same bytes).", valueName: "date-time"))
    var date: String?

    @Option(name: .customLong("for"), help: ArgumentHelp(
        "The tool that will open the project: standard, qualcoder, nvivo, maxqda or atlas.ti (default: standard).", valueName: "tool"))
    var tool = "standard"

    func validate() throws {
        guard QDPXExport.Tool(rawValue: tool.lowercased()) != nil else {
            throw ValidationError("--for must be one of \(QDPXExport.Tool.allCases.map(\.rawValue).joined(separator: ", ")), not '\(tool)'")
        }
    }

    @Flag(name: .long, help: "Replace an existing --output file that evident did not write.")
    var force = false

    func run() throws {
        let target = QDPXExport.Tool(rawValue: tool.lowercased()) ?? .standard
        let location = try StudyLocation.resolve(study: study, output: nil)
        if let inferred = location.inferred { Terminal.error(inferred.note) }
        let outcome = try QDPXExport.export(location, file: output, date: date, version: Evident.version, for: target, force: force)
        Terminal.error(
            "Wrote \(outcome.file): \(outcome.sources) sources, \(outcome.cases) cases, \(outcome.selections) coded selections, \(outcome.codings) codings."
        )
        if outcome.sourcesToolsCountDifferently > 0 {
            Terminal.error(
                "note: \(outcome.sourcesToolsCountDifferently) sources hold emoji or CRLF line ends, where NVivo, MAXQDA and ATLAS.ti count "
                    + "positions differently from the standard; export again with --for nvivo, maxqda or atlas.ti for those tools"
            )
        }
    }
}

