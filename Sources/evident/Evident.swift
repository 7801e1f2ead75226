import ArgumentParser
import EvidentModel
import Foundation

/// The `evident` command: parses arguments, calls the library, and maps outcomes to exit
/// codes — 0 on success, 1 when input errors stopped the run, 2 for usage errors.
@main
struct Evident: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "evident",
        abstract: "Evidence appendices for early help evaluations, from survey exports and free text.",
        discussion: """
            Evident reads the survey exports a study manifest names (SurveyMonkey, Qualtrics, Microsoft \
            Forms, plain CSV), codes their free text against a codebook, and writes an evidence appendix \
            with the statistics, tables and themes an effectiveness report needs.

            Example, on the sample study shipped in Surveys/:
              evident report
            """,
        version: version,
        subcommands: [ReportCommand.self, InspectCommand.self, CodeCommand.self, ExplainCommand.self, CodebookCommand.self, AgreeCommand.self, ExportQDPXCommand.self, RegionCommand.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let errors as InputErrors {
            Terminal.error(errors.description)
            Foundation.exit(1)
        } catch let error as InputError {
            Terminal.error(error.description)
            Foundation.exit(1)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Where diagnostics go: standard error, never standard output (which carries data).
/// Everything printed goes through `ControlCharacters.terminal`: data from other people's
/// files never drives the terminal (escape sequences, bidirectional overrides).
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((ControlCharacters.terminal(text) + "\n").utf8))
    }

    /// A line of data on standard output.
    static func out(_ text: String) {
        print(ControlCharacters.terminal(text))
    }

    /// Text the library made safe for a terminal itself, keeping escape sequences of its own
    /// (`evident explain`'s highlights), on standard output.
    static func outPrepared(_ text: String) {
        print(text)
    }
}
