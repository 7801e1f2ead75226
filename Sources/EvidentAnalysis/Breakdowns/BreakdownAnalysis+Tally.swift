import EvidentModel

extension BreakdownAnalysis {
    /// The breakdowns of data sets gathered in one pass (`DatasetTally`), in the order
    /// `breakdowns(datasets:…)` gives them: per data set, per attribute, every item, then every
    /// code that applies to the data set.
    public static func breakdowns(
        tallies: [DatasetTally], themes: [ThemeResult], suppression: Suppression
    ) -> [Breakdown] {
        var result: [Breakdown] = []
        for tally in tallies {
            let dataset = tally.plan.dataset
            let position = Dictionary(tally.plan.codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            for (attributeIndex, attribute) in dataset.attributes.enumerated() {
                let groups = tally.groups[attributeIndex].ordered
                for (itemIndex, item) in dataset.items.enumerated() {
                    let cells = groups.map { (name: $0.name, scores: $0.items[itemIndex]) }
                    result.append(itemBreakdown(dataset.id, attribute, cells, item, suppression))
                }
                let bases = groups.map(\.base)
                for theme in themes where theme.byDataset.contains(where: { $0.dataset == dataset.id }) {
                    let code = position[theme.codeID]
                    let counts = groups.map { group in code.map { group.codes[$0] } ?? 0 }
                    result.append(themeBreakdown(dataset.id, attribute, groups.map(\.name), theme, counts, bases, suppression))
                }
            }
        }
        return result
    }
}
