import EvidentModel

/// Refuses a summary that breaks its own disclosure rule — a published count of 1 to
/// `suppress_below − 1`, or one leaving that few of its base, or a sum over fewer people — so a
/// hand-edited or foreign file cannot bring small cells into a regional report.
enum SummaryCheck {
    static func check(_ summary: CouncilSummary) throws(InputError) {
        let k = summary.suppressBelow
        func refuse(_ what: String) -> InputError {
            InputError(
                "\(what) breaks the summary's own disclosure rule (no count of 1 to \(k - 1), nor a base under \(k))",
                at: SourceLocation(file: summary.file), help: "regenerate the summary with evident report; never edit counts by hand"
            )
        }
        func safe(_ count: Int) -> Bool { count == 0 || count >= k }
        func pair(_ count: Int?, _ base: Int) -> Bool { count.map { safe($0) && safe(base - $0) && $0 <= base } ?? true }
        for item in summary.items {
            let what = "item '\(item.itemID)'"
            guard item.moments.n >= k else { throw refuse(what) }
            guard pair(item.positive, item.moments.n), item.distribution?.allSatisfy({ safe($0.count) }) ?? true else { throw refuse(what) }
        }
        for theme in summary.themes where theme.base < k || !pair(theme.respondents, theme.base) { throw refuse("theme '\(theme.codeID)'") }
        for kpi in summary.kpis where kpi.base < k || !pair(kpi.successes, kpi.base) { throw refuse("KPI '\(kpi.kpiID)'") }
        for outcome in summary.outcomes {
            let what = "outcomes on \(outcome.tool.name)"
            guard outcome.change.n >= k, pair(outcome.couldProgressAny, outcome.change.n) else { throw refuse(what) }
            if let could = outcome.couldProgressAny, !pair(outcome.progressedAny, could) { throw refuse(what) }
            guard outcome.positions.allSatisfy({ $0.cases.map(safe) ?? true }), outcome.matrix?.allSatisfy({ $0.allSatisfy(safe) }) ?? true
            else { throw refuse(what) }
            for domain in outcome.domains {
                guard domain.change.n >= k, pair(domain.couldProgress, domain.change.n) else { throw refuse("\(what), domain '\(domain.domainID)'") }
                if let could = domain.couldProgress, !pair(domain.progressed, could) { throw refuse("\(what), domain '\(domain.domainID)'") }
            }
        }
    }
}
