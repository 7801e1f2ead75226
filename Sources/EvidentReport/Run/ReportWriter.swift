import EvidentAnalysis
import EvidentModel

/// Writes a study's report folder: `appendix.md`, `results.json`, `rejections.csv` and
/// `tables/*.csv`, all from one `StudyResults`.
enum ReportWriter {
    static func write(_ results: StudyResults, to path: String, templates directory: String?, version: String) throws(InputError) -> [String] {
        var folder = try ReportFolder(path: path)
        let templates = try ReportTemplates(overrides: directory)
        let context = AppendixContext.build(results, version: version)
        try folder.write(templates.render(context, template: "appendix.md"), to: "appendix.md")
        try folder.write(ResultsDocument.json(results).rendered(), to: "results.json")
        try folder.write(ReportTables.rejections(results).rendered(), to: "rejections.csv")
        try folder.write(CodedSegmentsTable.table(results.segments).rendered(), to: "coded_segments.csv")
        for (name, table) in ReportTables.all(results) {
            try folder.write(table.rendered(), to: "tables/" + name)
        }
        return folder.written
    }
}
