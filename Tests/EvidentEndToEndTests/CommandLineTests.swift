import Foundation
import Testing

@Suite("The evident command line", .serialized)
struct CommandLineTests {
    @Test("--help says what Evident does, with an example, and exits 0")
    func help() throws {
        let result = try EvidentCommand.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Evidence appendices for early help evaluations"))
        #expect(result.stdout.contains("evident report"))
        let report = try EvidentCommand.run(["report", "--help"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("evident report --study Surveys/study.yaml"))
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try EvidentCommand.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test("a usage error exits 2 with the message on stderr and nothing on stdout")
    func usageError() throws {
        let result = try EvidentCommand.run(["report", "--bogus"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Unknown option '--bogus'"))
    }

    @Test("an input error exits 1 and names the file, line and column")
    func inputError() throws {
        let folder = try EvidentCommand.temporaryDirectory()
        let manifest = folder.appendingPathComponent("study.yaml")
        try "study:\n  title: Broken\n  sufix: x\ndatasets: []\n".write(to: manifest, atomically: true, encoding: .utf8)
        let result = try EvidentCommand.run(["report", "--study", manifest.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            error: unknown key 'sufix' in study --> study.yaml:3:3
              help: keys allowed here: title, organisation, codebook, output, quotes_per_theme, suppress_below, names, quotes, summary

            """)
    }
}
