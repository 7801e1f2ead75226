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
        summary.items = items(results, rule: rule)
        for item in summary.items {
            if let scale = results.datasets.lazy.flatMap(\.items).first(where: { $0.scale.id == item.scale })?.scale {
                summary.scales[scale.id] = scale
            }
        }
        if let codebook = results.codebook {
            summary.codebook = SummaryCodebook(
                name: codebook.name, version: codebook.version,
                codes: Dictionary(codebook.allCodes.map { ($0.code.id, $0.code.label) }, uniquingKeysWith: { first, _ in first }),
                themes: codebook.themes.map(\.id)
            )
            summary.themes = themes(results, rule: rule)
        }
        summary.outcomes = OutcomeSummaryBuilder.outcomes(results.datasets, rule: rule)
        summary.kpis = kpis(results, rule: rule)
        return summary
    }

    /// Per item id and wave, in first-appearance order, from each item's score counts (the
    /// streamed report keeps no respondents): the moments add the scores in ascending order,
    /// which for whole-number scores (every built-in scale) is exactly the sum in any order.
    static func items(_ results: StudyResults, rule: Disclosure) -> [ItemAggregate] {
        var order: [String] = []
        var found: [String: (item: ScaleItem, wave: String?, scores: ScoreCounts)] = [:]
        for result in results.items {
            let item = result.item
            let key = item.id + "\u{0}" + (result.wave ?? "")
            if found[key] == nil {
                order.append(key)
                found[key] = (item, result.wave, ScoreCounts())
            }
            guard found[key]?.item.scale == item.scale else { continue }
            found[key]?.scores.merge(result.scores)
        }
        return order.compactMap { key -> ItemAggregate? in
            guard let (item, wave, scores) = found[key], rule.allowsBase(scores.total) else { return nil }
            let positive = scores.count(where: item.scale.isPositive)
            var counts = [Int](repeating: 0, count: item.scale.bins.count)
            for (value, count) in zip(scores.values, scores.counts) { counts[item.scale.binIndex(of: value)] += count }
            let distribution = rule.publishedTable([counts]).map { _ in zip(item.scale.bins, counts).map { ($0.label, $1) } }
            let moments = Moments(n: scores.total, sum: scores.sumInOrder { $0 }, sumOfSquares: scores.sumInOrder { $0 * $0 })
            return ItemAggregate(
                itemID: item.id, label: item.label, wave: wave, scale: item.scale.id, moments: moments,
                positive: rule.published(positive, of: scores.total), distribution: distribution
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
