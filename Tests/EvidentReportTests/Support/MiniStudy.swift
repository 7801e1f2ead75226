import EvidentAnalysis
import EvidentCoding
import EvidentImport
import EvidentModel
import Foundation

@testable import EvidentReport

/// The end-to-end tests' mini study, run through every stage up to the report's content (the
/// appendix model and the output rows), without writing anything.
enum MiniStudy {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let manifest = packageRoot.appendingPathComponent("Tests/EvidentEndToEndTests/Fixtures/mini/study.yaml").path

    static func content() throws -> ReportContent {
        try content(spec: ManifestReader.read(path: manifest))
    }

    /// The report's content for the mini study's files under another spec (the manifest read
    /// and then changed by a test).
    static func content(spec: StudySpec) throws -> ReportContent {
        let codebook = try spec.codebookPath.map { path throws(InputError) in try CodebookReader.read(path: path) }
        let engine = try codebook.map { try CodingEngine(codebook: $0) }
        var datasets: [Dataset] = []
        for dataset in spec.datasets { datasets.append(try DatasetLoader.load(dataset, scales: spec.scales)) }
        let segments = engine.map { CodingRun.code(datasets, with: $0) } ?? []
        let results = StudyAnalysis.analyse(
            spec: spec, codebook: codebook, engine: engine, datasets: datasets, segments: segments)
        return try ReportWriter.content(
            results, codedSegments: nil, database: nil, options: ReportWriter.Options(version: "0.1.0"), agreement: nil,
            rasterizer: ChartRasterizer()
        )
    }
}
