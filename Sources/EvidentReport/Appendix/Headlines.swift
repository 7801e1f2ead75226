import EvidentAnalysis
import EvidentModel

/// The few figures a reader looks for first, each with its base: composite confidence, the
/// share of answers below the threshold, the largest significant change, response rates, and
/// the most mentioned theme.
enum Headlines {
    static func build(_ results: StudyResults) -> [String] {
        let labels = StudyLabels(results.spec)
        var lines: [String] = []
        if let latest = results.composites.last {
            var line = "Composite confidence \(Format.decimal(latest.summary.mean))"
            if let wave = latest.wave { line += " in \(wave)" }
            if results.composites.count > 1, let earlier = results.composites.dropLast().last(where: { $0.scale.id == latest.scale.id }) {
                line += " (\(Format.decimal(earlier.summary.mean))\(earlier.wave.map { " in \($0)" } ?? " before"))"
            }
            lines.append(line + ", \(Format.count(latest.respondents)) \(labels.respondents(latest.dataset))")
            lines.append("\(Format.percent(latest.pctAnswersBelowThreshold, 0)) of \(Format.count(latest.answers)) confidence answers fell below \(latest.threshold.compactDescription)")
        }
        let significant = results.changes.filter { $0.shareChangedSignificantly && !$0.isFirstToLatest }
        if let biggest = significant.max(by: { abs($0.pctPositiveChange ?? 0) < abs($1.pctPositiveChange ?? 0) }) {
            lines.append("\(biggest.label): \(Format.percent(biggest.from.pctPositive, 0)) → \(Format.percent(biggest.to.pctPositive, 0)) positive, \(biggest.fromWave) to \(biggest.toWave) (significant)")
        }
        for dataset in results.datasets where dataset.kind == .serviceUserFeedback {
            if let rate = results.responseRate(of: dataset), let invited = dataset.invited {
                lines.append("\(Format.count(dataset.accounting.respondents)) of \(Format.count(invited)) \(labels.respondents(dataset.id)) responded to the \(labels.heading(dataset.id)) (\(Format.percent(rate.percent, 0)))")
            }
        }
        if let top = results.themes.filter({ $0.depth == 1 }).max(by: { ($0.total.respondents, $1.codeID) < ($1.total.respondents, $0.codeID) }),
           top.total.respondents > 0 {
            lines.append("Most mentioned code: \(top.label), \(Format.count(top.total.respondents)) of \(Format.count(top.total.base)) respondents (\(Format.percent(top.total.pctRespondents, 0)))")
        }
        return lines
    }
}
