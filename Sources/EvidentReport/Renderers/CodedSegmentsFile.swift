import EvidentModel

/// `coded_segments.csv`: every coded segment, rendered by the coding run's one writer
/// (`CodedSegmentsWriter`) as it coded.
struct CodedSegmentsFile: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        try folder.write(String(decoding: content.codedSegments, as: UTF8.self), to: "coded_segments.csv")
    }
}
