public import EvidentAnalysis
public import EvidentCoding
import EvidentFormats
import EvidentImport
public import EvidentModel
import EvidentReport
import Foundation

/// `evident code`: codes a study's free text and writes `coded_segments.csv`, and the
/// `questions.csv` its question ids refer to, without the rest of the report.
///
/// It streams: each delimited export is read in batches of respondents, each batch is coded
/// and rendered to CSV on every core, and the rows are appended to the output in input order,
/// so memory stays flat however large the data set (XML exports, stories and transcripts are
/// read whole). The output is the same, byte for byte, as the report's `coded_segments.csv` and
/// `questions.csv`.
public enum CodeRun {
    public struct Outcome: Sendable {
        public var file: String
        public var answers: Int
        public var bytes: Int
        public var segments: Int
        public var seconds: Double
        /// Records rejected while reading, listed on stderr by the caller.
        public var rejections: [Rejection]
    }

    /// Respondents read before a batch is coded.
    static let batchSize = 10_000

    public static func code(
        _ location: StudyLocation, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) throws(InputErrors) -> Outcome {
        let prepared = try StudyRun.prepare(location)
        guard let engine = prepared.engine else {
            throw InputErrors([InputError(
                "the study names no codebook", at: SourceLocation(file: prepared.spec.manifestPath),
                help: "add codebook: under study: in the manifest"
            )])
        }
        let started = Date()
        let folder = prepared.outputFolder
        var answers = 0
        var bytes = 0
        var segments = 0
        var rejections: [Rejection] = []
        do {
            // Never into an input folder or a data set, never over a file evident did not write
            // (an inferred study's manifest is written into the output folder: not an input).
            let manifestInFolder = FilePaths.directory(of: prepared.spec.manifestPath) == folder
            let check = OutputCheck(spec: prepared.spec, manifestInOutput: manifestInFolder)
            try check.checkOutputFolder(folder)
            try check.checkFile(folder + "/coded_segments.csv", force: false, flag: nil, isOwn: CodedSegmentsWriter.isOwn)
            let questionsPath = folder + "/" + CodedSegmentsWriter.questionsFile
            try check.checkFile(questionsPath, force: false, flag: nil, isOwn: CodedSegmentsWriter.isOwnQuestions)
            let file = try StreamingFile(path: folder + "/coded_segments.csv")
            try file.append(CodedSegmentsWriter.headerBytes)
            // Reading and writing overlap coding: while one batch is coded and rendered on every
            // core, the previous one is written and the next is read; batches are appended
            // strictly in input order.
            let pipeline = CodingPipeline(engine: engine, progress: progress)
            func write(_ rendered: CodingPipeline.Rendered) throws(InputError) {
                answers += rendered.answers
                bytes += rendered.bytes
                segments += rendered.count
                for chunk in rendered.chunks { try chunk.withBytes { (bytes) throws(InputError) in try file.append(bytes) } }
            }
            // Progress: the share of the input read, each data set weighted by its size on disk.
            let sizes = prepared.spec.datasets.map { Self.size(of: $0.path) }
            let totalSize = max(sizes.reduce(0, +), 1)
            var sizeBefore = 0
            var shapes: [Dataset] = []
            for (spec, size) in zip(prepared.spec.datasets, sizes) {
                let dataset = try DatasetLoader.stream(
                    spec, scales: prepared.spec.scales, options: CSVReader.Options(hashing: false), batchSize: batchSize
                ) { shape, respondents, fractionRead throws(InputError) in
                    let read = (Double(sizeBefore) + fractionRead * Double(size)) / Double(totalSize)
                    try pipeline.submit(respondents, of: shape, inputFraction: read, deliver: write)
                }
                sizeBefore += size
                try DatasetUsability.check(dataset)
                rejections += dataset.rejections
                var shape = dataset
                shape.respondents = []
                shapes.append(shape)
            }
            try pipeline.finish(write)
            let questions = try StreamingFile(path: questionsPath)
            try questions.append(CodedSegmentsWriter.questionsBytes(shapes))
            try file.commit()
            try questions.commit()
        } catch {
            throw InputErrors([error])
        }
        return Outcome(
            file: FilePaths.display(folder + "/coded_segments.csv"), answers: answers, bytes: bytes, segments: segments,
            seconds: Date().timeIntervalSince(started), rejections: rejections
        )
    }

    /// The bytes of a file, or of every file under a folder; 0 when it cannot be read.
    static func size(of path: String) -> Int {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
        guard isFolder.boolValue else {
            return (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        var total = 0
        let enumerator = manager.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            total += (try? manager.attributesOfItem(atPath: path + "/" + relative)[.size] as? Int) ?? 0
        }
        return total
    }
}
