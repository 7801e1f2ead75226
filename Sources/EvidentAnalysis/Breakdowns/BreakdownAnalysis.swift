public import EvidentModel

/// Every item and every code broken down by each attribute of its data set, with small-cell
/// suppression (`Suppression`) applied to every cell.
///
/// Groups are the attribute's distinct values in order of first appearance; a blank value is
/// the group "(not given)". A value holding `;` (a Microsoft Forms or Google Forms multi-select)
/// counts the respondent in each option's group.
public enum BreakdownAnalysis {
    public static let notGiven = "(not given)"

    public static func breakdowns(
        datasets: [Dataset], items: [ItemResult], themes: [ThemeResult], segments: [CodedSegment],
        codebook: Codebook?, suppression: Suppression
    ) -> [Breakdown] {
        var result: [Breakdown] = []
        let rollUp = codebook.map(RollUp.init)
        var codesByRespondent: [String: [String: Set<String>]] = [:]
        for segment in segments {
            for code in rollUp?.selfAndAncestors(of: segment.codeID) ?? [segment.codeID] {
                codesByRespondent[segment.dataset, default: [:]][segment.respondent, default: []].insert(code)
            }
        }
        for dataset in datasets {
            for (attributeIndex, attribute) in dataset.attributes.enumerated() {
                let groups = groupsOf(dataset, attribute: attributeIndex)
                for (itemIndex, item) in dataset.items.enumerated() {
                    result.append(itemBreakdown(dataset, attribute, groups, itemIndex, item, suppression))
                }
                let codes = codesByRespondent[dataset.id] ?? [:]
                for theme in themes where theme.byDataset.contains(where: { $0.dataset == dataset.id }) {
                    result.append(themeBreakdown(dataset, attribute, groups, theme, codes, suppression))
                }
            }
        }
        return result
    }

    /// Group name → respondent indexes, in order of first appearance.
    static func groupsOf(_ dataset: Dataset, attribute: Int) -> [(name: String, members: [Int])] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, respondent) in dataset.respondents.enumerated() {
            let raw = respondent.attributes[attribute]
            var names = raw.contains(";")
                ? raw.split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
                : [raw.trimmedWhitespace]
            if names.isEmpty || names == [""] { names = [notGiven] }
            for name in names {
                if members[name] == nil { order.append(name) }
                members[name, default: []].append(index)
            }
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    private static func itemBreakdown(
        _ dataset: Dataset, _ attribute: String, _ groups: [(name: String, members: [Int])], _ itemIndex: Int,
        _ item: ScaleItem, _ suppression: Suppression
    ) -> Breakdown {
        var cells = groups.map { group -> Breakdown.Cell in
            let scores = group.members.compactMap { dataset.respondents[$0].values[itemIndex].score }
            let positive = scores.filter(item.scale.isPositive).count
            return Breakdown.Cell(
                group: group.name, count: scores.count, mean: Summary(scores).mean,
                percent: ProportionEstimate(successes: positive, total: scores.count).percent, base: nil, isSuppressed: false
            )
        }
        for (index, hidden) in suppression.suppressed(cells.map(\.count)).enumerated() where hidden {
            cells[index].isSuppressed = true
        }
        return Breakdown(dataset: dataset.id, attribute: attribute, subject: .item(id: item.id, label: item.label), cells: cells)
    }

    private static func themeBreakdown(
        _ dataset: Dataset, _ attribute: String, _ groups: [(name: String, members: [Int])], _ theme: ThemeResult,
        _ codes: [String: Set<String>], _ suppression: Suppression
    ) -> Breakdown {
        var cells = groups.map { group -> Breakdown.Cell in
            let withText = group.members.filter { index in
                dataset.respondents[index].answers.contains { !$0.trimmedWhitespace.isEmpty }
            }
            let count = withText.filter { codes[dataset.respondents[$0].id]?.contains(theme.codeID) == true }.count
            return Breakdown.Cell(
                group: group.name, count: count, mean: nil,
                percent: ProportionEstimate(successes: count, total: withText.count).percent, base: withText.count,
                isSuppressed: false
            )
        }
        // A group whose base is itself small identifies people whatever the count: hide it too.
        let smallBase = cells.map { suppression.isPrimary($0.base ?? 0) }
        for (index, isHidden) in suppression.suppressed(cells.map(\.count), alsoHidden: smallBase).enumerated() where isHidden {
            cells[index].isSuppressed = true
        }
        return Breakdown(
            dataset: dataset.id, attribute: attribute,
            subject: .code(id: theme.codeID, label: theme.label, depth: theme.depth), cells: cells
        )
    }
}
