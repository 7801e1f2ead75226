public import EvidentModel

/// Builds `ThemeOutcome` rows: which cases wrote feedback (a respondent with a `case_id` and
/// some free text), which of them mention each theme or code (the code or any code below it),
/// and how their outcomes compare. The KPIs compared are needs fully met and re-referral.
public enum ThemeOutcomeAnalysis {
    static let comparedKPIs = ["needs-met-fully", "re-referred"]

    public static func results(
        datasets: [Dataset], segments: [CodedSegment], codebook: Codebook?, progress: [String: CaseProgress],
        records: [String: CaseRecord], set: CaseOutcomeSet?, suppression: Suppression
    ) -> [ThemeOutcome] {
        guard let codebook else { return [] }
        return results(
            mentions: CaseMentions(datasets: datasets, segments: segments, codebook: codebook), codebook: codebook,
            progress: progress, records: records, set: set, suppression: suppression)
    }

    /// The rows from which cases wrote feedback and which codes it mentions (`CaseMentions`).
    public static func results(
        mentions found: CaseMentions, codebook: Codebook?, progress: [String: CaseProgress],
        records: [String: CaseRecord], set: CaseOutcomeSet?, suppression: Suppression
    ) -> [ThemeOutcome] {
        guard let codebook else { return [] }
        let writers = found.writers
        guard !writers.isEmpty else { return [] }
        let mentions = found.cases
        let threshold = max(suppression.threshold, 2)
        var rows: [ThemeOutcome] = []
        for placed in codebook.allCodes where placed.depth <= 1 {
            let mentioning = mentions[placed.code.id] ?? []
            let with = writers.filter { mentioning.contains($0) }.sorted()
            let without = writers.filter { !mentioning.contains($0) }.sorted()
            func row(_ measure: ThemeOutcome.Measure, _ compare: ([String], [String]) -> (Double, Double, Int, Int, ConfidenceInterval?)?) {
                guard let (first, second, n1, n2, interval) = compare(with, without), n1 >= threshold, n2 >= threshold else { return }
                rows.append(ThemeOutcome(
                    codeID: placed.code.id, label: placed.code.label, depth: placed.depth, measure: measure, casesWith: n1,
                    casesWithout: n2, valueWith: first, valueWithout: second, difference: first - second, interval: interval
                ))
            }
            row(.averageChange) { with, without in
                let a = with.compactMap { progress[$0]?.change }
                let b = without.compactMap { progress[$0]?.change }
                let test = TTest.welch(a, b)
                guard let meanA = Summary(a).mean, let meanB = Summary(b).mean else { return nil }
                return (meanA, meanB, a.count, b.count, test.confidenceInterval())
            }
            guard let set else { continue }
            for kpi in CaseKPI.kpis(Array(records.values), set: set) where comparedKPIs.contains(kpi.id) {
                row(.kpi(id: kpi.id, label: kpi.label)) { with, without in
                    guard let a = Self.estimate(kpi.id, with.compactMap { records[$0] }, set: set),
                          let b = Self.estimate(kpi.id, without.compactMap { records[$0] }, set: set),
                          let p1 = a.percent, let p2 = b.percent
                    else { return nil }
                    let interval = TwoProportion.newcombeInterval(successes1: a.successes, n1: a.total, successes2: b.successes, n2: b.total)
                    return (p1, p2, a.total, b.total, interval.map { ConfidenceInterval(lower: $0.lower * 100, upper: $0.upper * 100, confidence: $0.confidence) })
                }
            }
        }
        return rows
    }

    static func estimate(_ id: String, _ records: [CaseRecord], set: CaseOutcomeSet) -> ProportionEstimate? {
        CaseKPI.kpis(records, set: set).first { $0.id == id }?.estimate
    }
}
