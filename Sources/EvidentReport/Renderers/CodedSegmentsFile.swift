import EvidentCoding
import EvidentModel

/// `coded_segments.csv`: every coded segment, written by the coding stage's one writer
/// (`CodedSegmentsWriter`) during the streaming pass and committed here into the report folder.
/// A report written from results in memory has no segments to list: its file is the header.
struct CodedSegmentsFile: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        if let file = content.codedSegments {
            try file.commit()
            folder.record("coded_segments.csv")
        } else {
            try folder.write(String(decoding: CodedSegmentsWriter.headerBytes, as: UTF8.self), to: "coded_segments.csv")
        }
    }
}
