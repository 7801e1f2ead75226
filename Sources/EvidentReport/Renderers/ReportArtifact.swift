import EvidentModel
import Foundation

/// One file (or set of files) of the report folder, rendered from the finished report: the
/// appendix in HTML, Markdown or Word, the charts, `results.json`, the CSV tables… Each artifact
/// is one type in one file under `Renderers/`; `ReportWriter.artifacts` lists them in the order
/// they are written. An artifact only turns values into bytes: every number it writes is
/// already computed and formatted in `ReportContent`.
protocol ReportArtifact: Sendable {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError)
}

/// Everything the artifacts render: the appendix model, the output rows, the files the streaming
/// pass wrote, agreement, and how the run was asked to render.
struct ReportContent {
    var appendix: Appendix
    var document: ResultsDocument
    /// `summary.json`'s aggregates, disclosure control applied.
    var summary: CouncilSummary
    /// `coded_segments.csv`, written during the streaming pass; nil when the report was written
    /// from results in memory (then the file holds its header only).
    var codedSegments: StreamingFile?
    /// The data sets read (their shapes), for `questions.csv`.
    var datasets: [Dataset]
    /// `results.sqlite`, filled during the streaming pass; nil when there is none to write.
    var database: ResultsDatabase?
    /// The quotes chosen, anonymised, for `results.sqlite`'s quotes table.
    var quotes: [Quote]
    /// Every code id of the codebook, in its order, for `results.sqlite`'s quotes table.
    var codes: [String]
    /// Each figure's PNG (`ChartRasterizer`), by figure name; empty when there is no rasteriser.
    var pngs: [String: Data]
    var agreement: StudyAgreement?
    var templates: ReportTemplates
    /// A council's `.docx` whose styles the Word appendix uses (`--word-template`).
    var wordTemplate: String?
    /// `--annex separate`: the annex is its own document (`documents`).
    var separateAnnex = false

    /// The documents the appendix renderers write, by file name without extension: the whole
    /// appendix, or (`--annex separate`) the appendix without its annex and the annex alone.
    var documents: [(name: String, appendix: Appendix)] {
        guard separateAnnex, let annex = appendix.annex else { return [("appendix", appendix)] }
        return [("appendix", appendix.withoutAnnex), ("annex", annex)]
    }
}
