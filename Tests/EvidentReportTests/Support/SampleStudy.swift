import EvidentAnalysis
import EvidentCoding
import EvidentImport
import EvidentModel
import Foundation

@testable import EvidentReport

/// The sample study (`Surveys/study.yaml`), run through every stage up to the report's content,
/// without writing anything (coding its 1,164 answers takes a few seconds).
enum SampleStudy {
    static let manifest = MiniStudy.packageRoot.appendingPathComponent("Surveys/study.yaml").path
    static var isPresent: Bool { FileManager.default.fileExists(atPath: manifest) }

    static func content() throws -> ReportContent {
        let spec = try ManifestReader.read(path: manifest)
        let codebook = try spec.codebookPath.map { path throws(InputError) in try CodebookReader.read(path: path) }
        let engine = try codebook.map { try CodingEngine(codebook: $0) }
        var datasets: [Dataset] = []
        for dataset in spec.datasets { datasets.append(try DatasetLoader.load(dataset, scales: spec.scales)) }
        let segments = engine.map { CodingRun.code(datasets, with: $0) } ?? []
        let results = StudyAnalysis.analyse(spec: spec, codebook: codebook, engine: engine, datasets: datasets, segments: segments)
        return try ReportWriter.content(
            results, codedSegments: nil, database: nil, options: ReportWriter.Options(version: "0.1.0"), agreement: nil,
            rasterizer: ChartRasterizer()
        )
    }
}
