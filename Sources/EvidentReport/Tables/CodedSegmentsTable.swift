public import EvidentModel

/// `coded_segments.csv`: one row per coded segment and code — where the segment is (data set,
/// respondent, question, segment index, Unicode scalar offsets into the answer), the code, and
/// every pattern that matched with its token span (`pattern@first-last`, tokens 0-based within
/// the segment, `; `-separated). It holds positions only, never the text, so it is safe to share.
public enum CodedSegmentsTable {
    public static let header = ["dataset", "respondent", "question", "segment_index", "start", "end", "code_id", "matches"]

    public static func row(_ segment: CodedSegment) -> [CSVTable.Cell] {
        [
            .text(segment.dataset), .text(segment.respondent), .text(segment.question), .integer(segment.segmentIndex),
            .integer(segment.start), .integer(segment.end), .text(segment.codeID),
            .text(segment.matches.map { "\($0.pattern)@\($0.firstToken)-\($0.lastToken)" }.joined(separator: "; ")),
        ]
    }

    public static func table(_ segments: [CodedSegment]) -> CSVTable {
        CSVTable(header: header, rows: segments.map(row))
    }
}
