public import EvidentAnalysis
public import EvidentModel
import EvidentImport
import EvidentReport
import Foundation

/// `evident region`: councils' `summary.json` files merged into a region's figures, with no
/// council's rows ever leaving it. The councils come from a region manifest (with its id maps)
/// or as summaries named on the command line (the first council's ids are the region's).
public enum RegionRun {
    public struct Options: Sendable {
        /// A region manifest (docs/region.md), or `nil` with `summaries`.
        public var manifest: String?
        public var summaries: [String]
        public var output: String?
        public var title: String?
        /// The program version written into the appendix.
        public var version: String

        public init(manifest: String? = nil, summaries: [String] = [], output: String? = nil, title: String? = nil, version: String) {
            self.manifest = manifest
            self.summaries = summaries
            self.output = output
            self.title = title
            self.version = version
        }
    }

    public struct Outcome: Sendable {
        public var results: RegionResults
        public var folder: String
        public var files: [String]
        public var summary: String
    }

    public static func run(_ options: Options) throws(InputErrors) -> Outcome {
        do {
            var spec: RegionSpec
            if let manifest = options.manifest {
                spec = try RegionManifestReader.read(path: manifest)
            } else {
                guard options.summaries.count >= 2 else {
                    throw InputError("a region needs two councils' summaries or more", help: "name each council's summary.json, or a region manifest with --manifest")
                }
                spec = RegionSpec(title: options.title ?? "Region", councils: options.summaries.map { CouncilEntry(summaryPath: $0) })
            }
            if let title = options.title { spec.title = title }
            var summaries: [CouncilSummary] = []
            var errors: [InputError] = []
            for council in spec.councils {
                do { summaries.append(try SummaryReader.read(path: council.summaryPath)) } catch { errors.append(error) }
            }
            if !errors.isEmpty { throw InputErrors(errors) }
            let results = RegionMerge.merge(summaries, spec: spec)
            let folder = FilePaths.absolute(options.output ?? spec.outputPath ?? "Output/region")
            // The region's folder is replaced whole: never an input's folder, never one holding
            // a council's summary or the manifest, never someone else's folder.
            let manifestFolder = options.manifest.map { (FilePaths.absolute($0) as NSString).deletingLastPathComponent }
            try OutputCheck(
                inputFiles: spec.councils.map(\.summaryPath) + (options.manifest.map { [$0] } ?? []),
                inputFolders: manifestFolder.map { [$0] } ?? []
            ).checkReportFolder(folder)
            let files = try RegionWriter.write(results, to: folder, version: options.version)
            return Outcome(results: results, folder: folder, files: files, summary: text(results, folder: folder, files: files))
        } catch let error as InputErrors {
            throw error
        } catch let error as InputError {
            throw InputErrors([error])
        } catch {
            throw InputErrors([InputError("\(error)")])
        }
    }

    /// The one-screen summary for stderr.
    static func text(_ results: RegionResults, folder: String, files: [String]) -> String {
        var lines = ["Merged \(results.councils.count) councils for \"\(results.title)\": \(results.councils.joined(separator: ", "))"]
        lines.append("  \(results.items.count) item figure(s), \(results.themes.count) theme(s), \(results.outcomes.count) outcome tool(s), \(results.kpis.count) KPI(s)")
        for refusal in results.refusals { lines.append("  left out: \(refusal.council), \(refusal.subject): \(refusal.reason)") }
        let charts = files.filter { $0.hasPrefix("charts/") }.count
        let named = files.filter { !$0.hasPrefix("charts/") }.sorted() + (charts > 0 ? ["charts/ (\(charts) files)"] : [])
        lines.append("Region: \(FilePaths.display(folder))/ — \(named.joined(separator: ", "))")
        return lines.joined(separator: "\n")
    }
}
