import ArgumentParser
import EvidentImport
import EvidentModel
import EvidentApplication
import Foundation

/// `evident inspect FILE…`: what the suite would infer from exports, and a manifest draft.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what Evident infers from exports, and write a manifest draft to edit.",
        discussion: """
            For each export — a CSV (plain, SurveyMonkey, Qualtrics, Microsoft Forms, Google Forms, LimeSurvey), \
            an XML file (Qualtrics XML, msc-xml, an ODK submission) or a folder of ODK / KoBoToolbox submissions — \
            prints its format, encoding and delimiter, the data set kind it looks like, and one row per column: \
            its role (identifier, attribute, scale item, free text, metadata, personal data), its scale, how many \
            distinct values and blanks it has, and an example (personal data masked). A folder that is not ODK \
            submissions is searched for exports. Dates are read day-first unless --date-order mdy; columns whose \
            dates could be read either way are flagged.

            With --write, writes a manifest draft with a comment on every guess (one data set per export) that \
            evident report --study runs unchanged.

            Examples:
              evident inspect Surveys/google-forms/partner-agencies-2016.csv
              evident inspect Surveys --write Surveys/study.draft.yaml
            """
    )

    @Argument(help: ArgumentHelp("Export files, or folders of exports.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Write a manifest draft here.", valueName: "path"))
    var write: String?

    @Flag(name: .long, help: "Replace an existing file at --write that evident did not write.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("How to read dates like 03/04/2016: dmy (day first) or mdy.", valueName: "order"))
    var dateOrder = "dmy"

    @Option(name: .long, help: ArgumentHelp("The codebook the draft names (default: the one in Codebooks/, if any).", valueName: "file"))
    var codebook: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one export file or folder") }
        _ = try DateOrderOption.parse(dateOrder)
    }

    func run() throws {
        let outcome = try InspectRun.inspect(files, dateOrder: DateOrderOption.parse(dateOrder))
        for skipped in outcome.skipped { Terminal.error("note: left out \(FilePaths.display(skipped.path)): \(skipped.reason)") }
        Terminal.out(outcome.inspections.map(InspectionTable.render).joined(separator: "\n\n"))
        guard let write else { return }
        let written = try InspectRun.writeDraft(
            outcome.inspections, to: write, codebook: codebook, force: force, inputs: files.filter { !FilePaths.isDirectory($0) })
        Terminal.error("Wrote a manifest draft with \(outcome.inspections.count) data set(s) to \(written): check every # comment, then run: evident report --study \(written)")
    }
}

/// `--date-order dmy|mdy`, shared by `inspect` and `report`.
enum DateOrderOption {
    static func parse(_ text: String) throws -> DateOrder {
        guard let order = DateOrder(rawValue: text) else {
            throw ValidationError("--date-order must be dmy (day first) or mdy (month first), not '\(text)'")
        }
        return order
    }
}
