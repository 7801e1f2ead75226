import EvidentAnalysis
import EvidentModel

/// Most Significant Change stories: counts by domain and storyteller group, how far the panels
/// took the stories, the themes found across them, and each selected story in full (anonymised)
/// with the panels' reasons.
enum StoriesSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let blocks = input.results.stories.flatMap { collection(input, $0) }
        guard !blocks.isEmpty else { return [] }
        return [Section(id: "stories", title: "Most Significant Change stories", blocks: blocks)]
    }

    static func collection(_ input: AppendixInput, _ result: StoryResult) -> [Block] {
        let results = input.results
        let labels = Dictionary((results.codebook?.allCodes ?? []).map { ($0.code.id, $0.code.label) }, uniquingKeysWith: { first, _ in first })
        let total = result.stories.count
        func share(_ count: Int) -> String { Format.percent(ProportionEstimate(successes: count, total: total).percent, 0) }
        let dataset = results.datasets.first { $0.id == result.dataset }
        let collection = result.collection ?? result.dataset
        func counts(_ caption: String, _ heading: String, _ counts: [StoryResult.Count], label: (String) -> String) -> Table {
            Table(
                caption: caption, columns: [Column(heading), Column("Stories", numeric: true)],
                rows: counts.map { Row([Cell(label($0.label)), .numeric("\($0.stories) (\(share($0.stories)))")]) }, style: "compact"
            )
        }
        var blocks: [Block] = [
            .heading(Heading(level: 3, collection)),
            .paragraph(Paragraph(
                "\(Format.count(dataset?.accounting.rowsRead ?? total)) stories in the collection (\(input.labels.heading(result.dataset))), \(Format.count(total)) loaded and \(Format.count(dataset?.accounting.rejected ?? 0)) rejected (listed under rejected records); \(Format.count(result.selected.count)) were selected by at least one panel.")),
            .pair(TablePair(
                first: counts("Stories by domain of change, \(input.labels.heading(result.dataset))", "Domain of change", result.byDomain) { result.domainLabels[$0] ?? $0 },
                second: counts("Stories by storyteller group, \(input.labels.heading(result.dataset))", "Storyteller group", result.byGroup) { $0 })),
            .table(Table(
                caption: "How far the panels took the stories, \(input.labels.heading(result.dataset))",
                columns: [Column("Selection level"), Column("Stories considered", numeric: true), Column("Selected", numeric: true)],
                rows: result.levels.map { Row([Cell($0.level), .numeric(String($0.considered)), .numeric(String($0.selected))]) },
                style: "compact")),
            .table(Table(
                caption: "Themes across the stories, \(input.labels.heading(result.dataset))",
                columns: [Column("Theme or code"), Column("Stories", numeric: true)],
                rows: results.themes.filter { $0.depth <= 1 }.compactMap { theme -> Row? in
                    guard let count = theme.byDataset.first(where: { $0.dataset == result.dataset })?.count, count.respondents > 0 else { return nil }
                    var label = Cell(theme.label)
                    label.indent = theme.depth == 0 ? nil : "↳ "
                    return Row([label, .numeric("\(count.respondents) (\(Format.percent(count.pctRespondents, 0)))")], depth: theme.depth)
                },
                style: "compact")),
            .heading(Heading(level: 4, "Selected stories")),
        ]
        let published = Dictionary(input.stories.filter { $0.dataset == result.dataset }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for story in result.selected {
            guard let text = published[story.id] else { continue }
            blocks.append(.heading(Heading(level: 4, text.title, anchor: "story-" + story.id)))
            let storyteller = [story.storyteller.role, story.storyteller.group].compactMap { $0 }.joined(separator: ", ")
            var details = "\(story.id) · \(result.domainLabels[story.domain] ?? story.domain) · told by \(storyteller)"
            if let collected = story.collected { details += " · collected \(collected)" }
            blocks.append(.paragraph(Paragraph(details, style: .muted)))
            blocks.append(.paragraph(Paragraph(text.text)))
            if let significance = text.significance {
                blocks.append(.paragraph(Paragraph([.strong("Why it matters:"), .plain(" " + significance)])))
            }
            let selections = zip(story.selections, text.reasons).map { selection, reasons in
                let decision = selection.selected == true ? "selected" : (selection.selected == false ? "not selected" : "no decision recorded")
                return Paragraph([.strong(selection.level + ":"), .plain(" " + decision + reasons.map { " — “\($0)”" }.joined())])
            }
            if !selections.isEmpty { blocks.append(.list(ListBlock(style: "selections", items: selections))) }
            let codes = (result.codes[story.id] ?? []).map { labels[$0] ?? $0 }.joined(separator: "; ")
            blocks.append(.paragraph(Paragraph("Coded: " + codes, style: .muted)))
        }
        return blocks
    }
}
