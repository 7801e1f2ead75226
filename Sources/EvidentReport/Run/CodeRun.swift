public import EvidentAnalysis
import EvidentImport
public import EvidentModel
import Foundation

/// `evident code`: codes a study's free text and writes `coded_segments.csv`, without the rest
/// of the report.
public enum CodeRun {
    public struct Outcome: Sendable {
        public var file: String
        public var answers: Int
        public var bytes: Int
        public var segments: Int
        public var seconds: Double
    }

    public static func code(
        studyPath: String, outputPath: String?, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) throws(InputErrors) -> Outcome {
        let study = try StudyRun.load(studyPath: studyPath)
        guard let engine = study.engine else {
            throw InputErrors([InputError(
                "the study names no codebook", at: SourceLocation(file: study.spec.manifestPath),
                help: "add codebook: under study: in the manifest"
            )])
        }
        let started = Date()
        let segments = StudyAnalysis.code(study.datasets, with: engine, progress: progress)
        let seconds = Date().timeIntervalSince(started)
        let folder = outputPath.map(FilePaths.absolute) ?? StudyRun.defaultOutput(for: study.spec, manifest: studyPath)
        do {
            var report = try ReportFolder(path: folder)
            try report.write(CodedSegmentsTable.table(segments).rendered(), to: "coded_segments.csv")
        } catch {
            throw InputErrors([error])
        }
        var answers = 0
        var bytes = 0
        for dataset in study.datasets {
            for respondent in dataset.respondents {
                for answer in respondent.answers where !answer.trimmedWhitespace.isEmpty {
                    answers += 1
                    bytes += answer.utf8.count
                }
            }
        }
        return Outcome(file: FilePaths.display(folder + "/coded_segments.csv"), answers: answers, bytes: bytes, segments: segments.count, seconds: seconds)
    }
}
