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
        abstract: "Convert a codebook between YAML, CSV and REFI-QDA (.qdc), or take one out of a .qdpx project.",
        discussion: """
            The formats follow the files' extensions: .yaml/.yml (Evident's own), .csv (one row per code, \
            as kept in Excel), .qdc (REFI-QDA codebook, which NVivo, ATLAS.ti, MAXQDA and QualCoder \
            import) and, to read only, .qdpx (a REFI-QDA project's codebook). Codes exported to .qdc keep \
            their patterns in their descriptions, so converting back loses nothing; codes from another \
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

    func run() throws {
        let outcome = try CodebookConvert.convert(input: input, output: output)
        for warning in outcome.warnings { Terminal.error(warning.description) }
        Terminal.error("Wrote \(outcome.codes) codes to \(outcome.file)")
    }
}
