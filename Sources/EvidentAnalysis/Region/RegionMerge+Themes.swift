import EvidentModel

extension RegionMerge {
    /// Themes on the region's codebook (the first council's with one). A council with the same
    /// codebook (name, version and code ids) joins as it is; one with another codebook joins
    /// through its `codes:` map, codes the map leaves outside the region's codebook refused;
    /// without a map, its themes are refused.
    static func themes(_ summaries: [CouncilSummary], entries: [CouncilEntry], names: [String], refusals: inout [RegionRefusal]) -> [RegionTheme] {
        guard let reference = summaries.lazy.compactMap(\.codebook).first else { return [] }
        var order: [String] = []
        var groups: [String: (code: String, wave: String?, figures: [String: ProportionEstimate?])] = [:]
        for (index, summary) in summaries.enumerated() {
            guard let codebook = summary.codebook, !summary.themes.isEmpty else { continue }
            let map = entries[index].codes
            let same = codebook.name == reference.name && codebook.version == reference.version && Set(codebook.codes.keys) == Set(reference.codes.keys)
            guard same || !map.isEmpty else {
                refusals.append(RegionRefusal(
                    council: names[index], subject: "themes",
                    reason: "coded with codebook '\(codebook.name)'\(codebook.version.map { " v\($0)" } ?? "") where the region uses '\(reference.name)'\(reference.version.map { " v\($0)" } ?? ""); map its codes under codes: in the region manifest"
                ))
                continue
            }
            var unmapped: Set<String> = []
            for theme in summary.themes {
                let shared = map[theme.codeID] ?? theme.codeID
                guard reference.codes[shared] != nil else {
                    unmapped.insert(theme.codeID)
                    continue
                }
                let key = shared + "\u{0}" + (theme.wave ?? "")
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = (shared, theme.wave, [:])
                }
                groups[key]?.figures[names[index]] = theme.respondents.map { ProportionEstimate(successes: $0, total: theme.base) }
            }
            if !unmapped.isEmpty {
                refusals.append(RegionRefusal(
                    council: names[index], subject: "codes \(unmapped.sorted().map { "'\($0)'" }.joined(separator: ", "))",
                    reason: "not in the region's codebook '\(reference.name)', and not mapped to a code of it"
                ))
            }
        }
        return order.compactMap { key in
            guard let group = groups[key] else { return nil }
            let label = reference.codes[group.code] ?? group.code
            let figures = names.compactMap { name in group.figures[name].map { (name, $0) } }
            return RegionTheme(
                codeID: group.code, label: label, share: RegionProportion(id: group.code, label: label, wave: group.wave, figures: figures),
                isTheme: reference.isTheme(group.code))
        }
    }
}
