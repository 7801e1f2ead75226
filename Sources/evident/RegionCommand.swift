import ArgumentParser
import EvidentApplication

struct RegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "Benchmark councils without sharing data: merge their summary.json files.",
        discussion: """
            Each council runs evident report, which writes summary.json: mergeable counts and sums \
            with its small cells already withheld, and nothing row-level. evident region pools them: \
            every figure pooled, each council beside it, funnel plots with 95% and 99.8% control \
            limits, change since the last round, themes on the shared codebook. A council whose item \
            ids, codes or outcome domains differ is matched through a region manifest's maps, or its \
            figure is left out with the reason (docs/region.md).

            Examples:
              evident region --manifest Surveys/region/region.yaml
              evident region northmoor/summary.json wyvern/summary.json --output Output/region
            """
    )

    @Option(name: .long, help: ArgumentHelp("A region manifest: the councils' summaries and how their ids map.", valueName: "path"))
    var manifest: String?

    @Argument(help: ArgumentHelp("Councils' summary.json files (without --manifest).", valueName: "summary"))
    var summaries: [String] = []

    @Option(name: .long, help: ArgumentHelp("The region's folder (default: the manifest's output, else Output/region).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The region's title.", valueName: "text"))
    var title: String?

    func validate() throws {
        if manifest != nil, !summaries.isEmpty {
            throw ValidationError("name the summaries in the manifest or on the command line, not both")
        }
        if manifest == nil, summaries.count < 2 {
            throw ValidationError("name two councils' summary.json files or more, or a region manifest with --manifest")
        }
    }

    func run() throws {
        let outcome = try RegionRun.run(RegionRun.Options(manifest: manifest, summaries: summaries, output: output, title: title, version: Evident.version))
        Terminal.error(outcome.summary)
    }
}
