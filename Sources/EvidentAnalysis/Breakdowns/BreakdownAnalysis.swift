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
            // Per respondent (by index): whether they wrote any free text; per code: the
            // respondents it touched. Computed once, so a theme's cells cost the respondents it
            // touched, not the whole data set (a national data set has hundreds of codes).
            let hasText = dataset.respondents.map(\.hasFreeText)
            var indexesOf: [String: [Int]] = [:]
            for (index, respondent) in dataset.respondents.enumerated() { indexesOf[respondent.id, default: []].append(index) }
            var respondentsByCode: [String: [Int]] = [:]
            for (respondent, codes) in codesByRespondent[dataset.id] ?? [:] {
                for index in indexesOf[respondent] ?? [] {
                    for code in codes { respondentsByCode[code, default: []].append(index) }
                }
            }
            for (attributeIndex, attribute) in dataset.attributes.enumerated() {
                let groups = groupsOf(dataset, attribute: attributeIndex)
                for (itemIndex, item) in dataset.items.enumerated() {
                    result.append(itemBreakdown(dataset, attribute, groups, itemIndex, item, suppression))
                }
                var groupsOfRespondent = [[Int]](repeating: [], count: dataset.respondents.count)
                for (group, members) in groups.map(\.members).enumerated() {
                    for index in members { groupsOfRespondent[index].append(group) }
                }
                let bases = groups.map { group in group.members.count { hasText[$0] } }
                for theme in themes where theme.byDataset.contains(where: { $0.dataset == dataset.id }) {
                    var counts = [Int](repeating: 0, count: groups.count)
                    for index in respondentsByCode[theme.codeID] ?? [] where hasText[index] {
                        for group in groupsOfRespondent[index] { counts[group] += 1 }
                    }
                    result.append(themeBreakdown(dataset.id, attribute, groups.map(\.name), theme, counts, bases, suppression))
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
        let cells = groups.map { group in
            (group.name, ScoreCounts(group.members.compactMap { dataset.respondents[$0].values[itemIndex].score }))
        }
        return itemBreakdown(dataset.id, attribute, cells, item, suppression)
    }

    /// An item's cells: in each group, the members' valid scores.
    static func itemBreakdown(
        _ dataset: String, _ attribute: String, _ groups: [(name: String, scores: ScoreCounts)], _ item: ScaleItem,
        _ suppression: Suppression
    ) -> Breakdown {
        var cells = groups.map { group -> Breakdown.Cell in
            let positive = group.scores.count(where: item.scale.isPositive)
            return Breakdown.Cell(
                group: group.name, count: group.scores.total, mean: Summary(group.scores).mean,
                percent: ProportionEstimate(successes: positive, total: group.scores.total).percent, base: nil, isSuppressed: false
            )
        }
        for (index, hidden) in suppression.suppressed(cells.map(\.count)).enumerated() where hidden {
            cells[index].isSuppressed = true
        }
        return Breakdown(dataset: dataset, attribute: attribute, subject: .item(id: item.id, label: item.label), cells: cells)
    }

    /// A code's cells: in each group, how many of the respondents who wrote free text it touched.
    static func themeBreakdown(
        _ dataset: String, _ attribute: String, _ groups: [String], _ theme: ThemeResult, _ counts: [Int], _ bases: [Int],
        _ suppression: Suppression
    ) -> Breakdown {
        var cells = zip(groups, zip(counts, bases)).map { group, cell -> Breakdown.Cell in
            Breakdown.Cell(
                group: group, count: cell.0, mean: nil,
                percent: ProportionEstimate(successes: cell.0, total: cell.1).percent, base: cell.1,
                isSuppressed: false
            )
        }
        // A group whose base is itself small identifies people whatever the count: hide it too.
        let smallBase = cells.map { suppression.isPrimary($0.base ?? 0) }
        for (index, isHidden) in suppression.suppressed(cells.map(\.count), alsoHidden: smallBase).enumerated() where isHidden {
            cells[index].isSuppressed = true
        }
        return Breakdown(
            dataset: dataset, attribute: attribute,
            subject: .code(id: theme.codeID, label: theme.label, depth: theme.depth), cells: cells
        )
    }
}
