public import EvidentModel

/// Merges councils' summaries into a region's figures. Each council's ids are first mapped onto
/// the region's (`CouncilEntry`); a figure is pooled by adding the councils' counts and sums,
/// so it equals what one run over every council's rows would give. An item whose scale differs
/// from the region's (the first council's to use the id), themes coded with another codebook,
/// and outcomes on a tool whose domains or range differ are refused, with the reason, unless the
/// region manifest maps them.
public enum RegionMerge {
    public static func merge(_ summaries: [CouncilSummary], spec: RegionSpec) -> RegionResults {
        let names = councilNames(summaries, spec: spec)
        var refusals: [RegionRefusal] = []
        let entries = summaries.indices.map { spec.councils.indices.contains($0) ? spec.councils[$0] : CouncilEntry(summaryPath: "") }
        let items = self.items(summaries, entries: entries, names: names, refusals: &refusals)
        var results = RegionResults(title: spec.title, councils: names)
        results.items = items
        results.changes = changes(items, councils: names)
        results.themes = themes(summaries, entries: entries, names: names, refusals: &refusals)
        results.outcomes = outcomes(summaries, entries: entries, names: names, refusals: &refusals)
        results.kpis = kpis(summaries, names: names)
        results.refusals = refusals
        return results
    }

    /// Each council's display name, made unique with " (2)", " (3)" ….
    static func councilNames(_ summaries: [CouncilSummary], spec: RegionSpec) -> [String] {
        var seen: [String: Int] = [:]
        return summaries.enumerated().map { index, summary in
            let name = (spec.councils.indices.contains(index) ? spec.councils[index].name : nil) ?? summary.council
            seen[name, default: 0] += 1
            return seen[name] == 1 ? name : "\(name) (\(seen[name] ?? 0))"
        }
    }

    static func items(_ summaries: [CouncilSummary], entries: [CouncilEntry], names: [String], refusals: inout [RegionRefusal]) -> [RegionItem] {
        var scales: [String: Scale] = [:]
        var order: [String] = []
        var groups: [String: (id: String, label: String, wave: String?, scale: Scale, figures: [String: ItemAggregate])] = [:]
        for (index, summary) in summaries.enumerated() {
            for item in summary.items {
                let shared = entries[index].items[item.itemID] ?? item.itemID
                guard let scale = summary.scales[item.scale] else { continue }
                if let known = scales[shared], known.kind != scale.kind {
                    refusals.append(RegionRefusal(
                        council: names[index], subject: "item '\(item.itemID)'\(item.wave.map { " (\($0))" } ?? "")",
                        reason: "its scale \(item.scale) (\(describe(scale))) differs from the region's \(known.id) (\(describe(known))); map it to an item on the same scale, or leave it out"
                    ))
                    continue
                }
                scales[shared] = scales[shared] ?? scale
                let key = shared + "\u{0}" + (item.wave ?? "")
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = (shared, item.label, item.wave, scales[shared] ?? scale, [:])
                }
                groups[key]?.figures[names[index]] = item
            }
        }
        return order.compactMap { key in
            guard let group = groups[key] else { return nil }
            let figures = names.compactMap { name in group.figures[name].map { (name, $0) } }
            return RegionItem(
                itemID: group.id, label: group.label, wave: group.wave, scale: group.scale,
                moments: figures.reduce(Moments()) { $0 + $1.1.moments },
                councilMoments: Dictionary(uniqueKeysWithValues: figures.map { ($0.0, $0.1.moments) }),
                positive: RegionProportion(id: group.id, label: group.label, wave: group.wave, figures: figures.map { name, item in
                    (name, item.positive.map { ProportionEstimate(successes: $0, total: item.moments.n) })
                })
            )
        }
    }

    /// For each item and council with two rounds or more: the latest against the one before.
    static func changes(_ items: [RegionItem], councils: [String]) -> [RegionChange] {
        var ids: [String] = []
        for item in items where !ids.contains(item.itemID) { ids.append(item.itemID) }
        var changes: [RegionChange] = []
        for id in ids {
            let rounds = items.filter { $0.itemID == id }.sorted { ($0.wave ?? "") < ($1.wave ?? "") }
            for council in councils {
                let held = rounds.compactMap { item in
                    item.positive.councils.first { $0.council == council }?.estimate.map { (item.wave, $0) }
                }
                guard held.count >= 2 else { continue }
                let (fromWave, from) = held[held.count - 2]
                let (toWave, to) = held[held.count - 1]
                let interval = TwoProportion.newcombeInterval(successes1: to.successes, n1: to.total, successes2: from.successes, n2: from.total)
                changes.append(RegionChange(
                    itemID: id, council: council, fromWave: fromWave, toWave: toWave, from: from, to: to,
                    interval: interval.map { ConfidenceInterval(lower: $0.lower * 100, upper: $0.upper * 100, confidence: $0.confidence) }
                ))
            }
        }
        return changes
    }

    static func kpis(_ summaries: [CouncilSummary], names: [String]) -> [RegionProportion] {
        var order: [String] = []
        var groups: [String: (id: String, label: String, wave: String?, figures: [String: ProportionEstimate?])] = [:]
        for (index, summary) in summaries.enumerated() {
            for kpi in summary.kpis {
                let key = kpi.kpiID + "\u{0}" + (kpi.wave ?? "")
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = (kpi.kpiID, kpi.label, kpi.wave, [:])
                }
                groups[key]?.figures[names[index]] = kpi.successes.map { ProportionEstimate(successes: $0, total: kpi.base) }
            }
        }
        return order.compactMap { key in
            guard let group = groups[key] else { return nil }
            let figures = names.compactMap { name in group.figures[name].map { (name, $0) } }
            return RegionProportion(id: group.id, label: group.label, wave: group.wave, figures: figures)
        }
    }

    /// "0–100, positive from 70", "Never … All of the time, positive: Most of the time, All of the time".
    static func describe(_ scale: Scale) -> String {
        switch scale.kind {
        case .numeric(let min, let max, let from): "\(min.compactDescription)–\(max.compactDescription), positive from \(from.compactDescription)"
        case .ordinal(let levels, _): "\(levels.joined(separator: " / ")), positive: \(scale.positiveRule)"
        }
    }
}
