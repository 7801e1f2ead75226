import ArgumentParser
import EvidentImport
import EvidentModel
import EvidentApplication

/// `evident codebook …`: tools for the codebook file.
struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "Check a codebook, or convert it between YAML, CSV and REFI-QDA.",
        subcommands: [CodebookLintCommand.self, CodebookConvertCommand.self]
    )
}

/// `evident codebook convert IN OUT`.
struct CodebookConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a codebook between YAML, CSV and REFI-QDA (.qdc, .qdpx).",
        discussion: """
            The formats follow the files' extensions: .yaml/.yml (Evident's own), .csv (one row per code, \
            as kept in Excel), .qdc (REFI-QDA codebook, which NVivo, ATLAS.ti, MAXQDA and QualCoder \
            import) and .qdpx (a REFI-QDA project: its codebook is read; one written here holds only the \
            codebook). Every form keeps each code's GUID, hierarchy, description, colour and whether it \
            is codable, and the code sets, so a codebook from another tool goes back to it without \
            duplicates. Evident's own fields (ids, patterns) travel in the .qdc and .qdpx as XML \
            processing instructions that QDA tools skip, never in the descriptions; codes from another \
            tool come in as manual-only codes with ids made from their names.

            Examples:
              evident codebook convert Codebooks/early-help.yaml Output/early-help.qdc
              evident codebook convert nvivo-export.qdpx Codebooks/from-nvivo.yaml
            """
    )

    @Argument(help: ArgumentHelp("The codebook to read.", valueName: "in"))
    var input: String

    @Argument(help: ArgumentHelp("The file to write.", valueName: "out"))
    var output: String

    @Flag(name: .long, help: "Replace an existing output file.")
    var force = false

    func run() throws {
        let outcome = try CodebookConvert.convert(input: input, output: output, force: force)
        for warning in outcome.warnings { Terminal.error(warning.description) }
        let sets = outcome.sets == 0 ? "" : " and \(outcome.sets) code set\(outcome.sets == 1 ? "" : "s")"
        Terminal.error("Wrote \(outcome.codes) codes\(sets) to \(outcome.file)")
    }
}
