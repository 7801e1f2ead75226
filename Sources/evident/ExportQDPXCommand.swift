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
            note names the patterns that matched. The same study always gives the same bytes.

            Examples:
              evident export-qdpx
              evident export-qdpx --study Surveys/study.yaml --output Output/northmoor.qdpx
            """
    )

    @Option(name: .long, help: ArgumentHelp("The study manifest.", valueName: "path"))
    var study = "Surveys/study.yaml"

    @Option(name: .long, help: ArgumentHelp("The .qdpx to write (default: coded-project.qdpx in the report folder).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The creation date to record (default: a fixed 1980-01-01, so runs give the same bytes).", valueName: "date-time"))
    var date: String?

    func run() throws {
        let location = try StudyLocation.resolve(study: study, output: nil)
        if let inferred = location.inferred { Terminal.error(inferred.note) }
        let outcome = try QDPXExport.export(location, file: output, date: date, version: Evident.version)
        Terminal.error(
            "Wrote \(outcome.file): \(outcome.sources) sources, \(outcome.cases) cases, \(outcome.selections) coded selections, \(outcome.codings) codings."
        )
    }
}
