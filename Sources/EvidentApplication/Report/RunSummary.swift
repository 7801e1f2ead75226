import EvidentAnalysis
import EvidentImport
import EvidentModel
import EvidentReport

/// The one-screen summary printed on stderr at the end of a run: what was read, what was
/// rejected and why, and where the report is.
enum RunSummary {
    /// Rejections listed on screen before pointing to `rejections.csv`.
    static let shown = 8

    static func text(_ results: StudyResults, folder: String, files: [String]) -> String {
        var lines: [String] = ["Read \(results.datasets.count) data set(s) for \"\(results.spec.title)\":"]
        for dataset in results.datasets {
            let accounting = dataset.accounting
            var line = "  \(dataset.id): \(Format.count(accounting.rowsRead)) records from \(dataset.file)"
            line += " (\(dataset.format.rawValue), \(dataset.encoding))"
            line += " — \(Format.count(accounting.complete)) complete, \(Format.count(accounting.partial)) partial,"
            line += " \(Format.count(accounting.rejected)) rejected"
            if let rate = dataset.responseRate, let invited = dataset.invited {
                line += "; response rate \(Format.percent(rate)) of \(Format.count(invited)) invited"
            }
            lines.append(line)
            for group in Diagnostic.grouped(dataset.diagnostics) {
                lines.append("    \(group.first.severity.rawValue): \(group.first.summarised(count: group.count))")
            }
        }
        let rejections = results.datasets.flatMap(\.rejections)
        if !rejections.isEmpty {
            let records = rejections.filter { $0.kind == .record }.count
            lines.append("Rejected \(records) record(s); \(rejections.count - records) value(s) outside their scale:")
            for rejection in rejections.prefix(shown) {
                let value = rejection.value.map { " [\($0)]" } ?? ""
                lines.append("  \(rejection.location): \(rejection.reason)\(value)")
            }
            if rejections.count > shown { lines.append("  … and \(rejections.count - shown) more, all listed in rejections.csv") }
        }
        if results.codebook != nil {
            let answers = results.coverage.reduce(0) { $0 + $1.answers }
            let coded = results.coverage.reduce(0) { $0 + $1.coded }
            let share = ProportionEstimate(successes: coded, total: answers).percent
            lines.append("Coded \(Format.count(answers)) free-text answers: \(Format.count(results.segmentCount)) coded segments; \(Format.percent(share)) of answers coded.")
        }
        let top = files.filter { !$0.contains("/") }
        let folders = Dictionary(grouping: files.filter { $0.contains("/") }) { String($0.prefix { $0 != "/" }) }
        let listed = top + folders.keys.sorted().map { "\($0)/ (\(folders[$0]?.count ?? 0) files)" }
        lines.append("Report: \(FilePaths.display(folder))/ — " + listed.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
