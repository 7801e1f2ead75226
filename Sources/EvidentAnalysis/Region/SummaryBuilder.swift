public import EvidentModel

/// Builds a council's `CouncilSummary` from its study's results: items, themes, outcomes and
/// KPIs summed per wave across data sets, then disclosure control applied (`Disclosure`).
/// Sums are taken from the respondents' and cases' values themselves, so that pooling is exact.
public enum SummaryBuilder {
    public static func summary(_ results: StudyResults) -> CouncilSummary {
        let rule = Disclosure(threshold: results.spec.suppressBelow)
        var summary = CouncilSummary(
            council: results.spec.organisation ?? results.spec.title, study: results.spec.title, suppressBelow: results.spec.suppressBelow
        )
        summary.items = items(results.datasets, rule: rule)
        for item in summary.items {
            if let scale = results.datasets.lazy.flatMap(\.items).first(where: { $0.scale.id == item.scale })?.scale {
                summary.scales[scale.id] = scale
            }
        }
        if let codebook = results.codebook {
            summary.codebook = SummaryCodebook(
                name: codebook.name, version: codebook.version,
                codes: Dictionary(codebook.allCodes.map { ($0.code.id, $0.code.label) }, uniquingKeysWith: { first, _ in first })
            )
            summary.themes = themes(results, rule: rule)
        }
        summary.outcomes = OutcomeSummaryBuilder.outcomes(results.datasets, rule: rule)
        summary.kpis = kpis(results, rule: rule)
        return summary
    }

    /// Per item id and wave, in first-appearance order.
    static func items(_ datasets: [Dataset], rule: Disclosure) -> [ItemAggregate] {
        var order: [String] = []
        var found: [String: (item: ScaleItem, wave: String?, scores: [Double])] = [:]
        for dataset in datasets {
            for (index, item) in dataset.items.enumerated() {
                let key = item.id + "\u{0}" + (dataset.wave ?? "")
                if found[key] == nil {
                    order.append(key)
                    found[key] = (item, dataset.wave, [])
                }
                guard found[key]?.item.scale == item.scale else { continue }
                for respondent in dataset.respondents where respondent.status != .rejected {
                    if let score = respondent.values[index].score { found[key]?.scores.append(score) }
                }
            }
        }
        return order.compactMap { key -> ItemAggregate? in
            guard let (item, wave, scores) = found[key], rule.allowsBase(scores.count) else { return nil }
            let positive = scores.filter(item.scale.isPositive).count
            var counts = [Int](repeating: 0, count: item.scale.bins.count)
            for score in scores { counts[item.scale.binIndex(of: score)] += 1 }
            let distribution = rule.publishedTable([counts]).map { _ in zip(item.scale.bins, counts).map { ($0.label, $1) } }
            return ItemAggregate(
                itemID: item.id, label: item.label, wave: wave, scale: item.scale.id, moments: Moments(scores),
                positive: rule.published(positive, of: scores.count), distribution: distribution
            )
        }
    }

    /// Per code and wave: respondents summed over the wave's data sets.
    static func themes(_ results: StudyResults, rule: Disclosure) -> [ThemeAggregate] {
        let waves = Dictionary(results.datasets.map { ($0.id, $0.wave) }, uniquingKeysWith: { first, _ in first })
        var rows: [ThemeAggregate] = []
        for theme in results.themes {
            var order: [String?] = []
            var sums: [String: (respondents: Int, base: Int)] = [:]
            for entry in theme.byDataset {
                let wave = waves[entry.dataset] ?? nil
                let key = wave ?? ""
                if sums[key] == nil { order.append(wave) }
                sums[key, default: (0, 0)].respondents += entry.count.respondents
                sums[key, default: (0, 0)].base += entry.count.base
            }
            for wave in order {
                guard let sum = sums[wave ?? ""], rule.allowsBase(sum.base) else { continue }
                rows.append(ThemeAggregate(codeID: theme.codeID, wave: wave, respondents: rule.published(sum.respondents, of: sum.base), base: sum.base))
            }
        }
        return rows
    }

    /// Per KPI and wave.
    static func kpis(_ results: StudyResults, rule: Disclosure) -> [KPIAggregate] {
        var order: [String] = []
        var sums: [String: (kpi: CaseKPI, wave: String?, successes: Int, base: Int)] = [:]
        for result in results.outcomes.cases {
            for kpi in result.kpis {
                let key = kpi.id + "\u{0}" + (result.wave ?? "")
                if sums[key] == nil {
                    order.append(key)
                    sums[key] = (kpi, result.wave, 0, 0)
                }
                sums[key]?.successes += kpi.estimate.successes
                sums[key]?.base += kpi.estimate.total
            }
        }
        return order.compactMap { key in
            guard let sum = sums[key], rule.allowsBase(sum.base) else { return nil }
            return KPIAggregate(kpiID: sum.kpi.id, label: sum.kpi.label, wave: sum.wave, successes: rule.published(sum.successes, of: sum.base), base: sum.base)
        }
    }
}
