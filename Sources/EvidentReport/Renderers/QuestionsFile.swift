import EvidentCoding
import EvidentModel
import Foundation

/// `questions.csv`: each data set's free-text questions, the ids `coded_segments.csv` names
/// them by and their text, once (the coding stage's one writer, `CodedSegmentsWriter`;
/// docs/coded-segments.md). Written from the data sets' shapes, streamed or not.
struct QuestionsFile: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        try folder.write(Data(CodedSegmentsWriter.questionsBytes(content.datasets)), to: CodedSegmentsWriter.questionsFile)
    }
}
