import EvidentFormats
import EvidentModel

/// `summary.json` (docs/summary-json.md): the council's mergeable aggregates for its region,
/// disclosure control already applied by `SummaryBuilder`.
struct SummaryJSONFile: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        try folder.write(SummaryDocument.json(content.summary).rendered(), to: "summary.json")
    }
}
