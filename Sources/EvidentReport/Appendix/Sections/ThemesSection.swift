import EvidentAnalysis
import EvidentModel

/// Themes in free text, population by population: each theme's and code's share of every data
/// set's respondents (its own base), the change between waves with its test, and each theme
/// with its definition and a few quotes. Pooled figures, groups and every quote are in the
/// technical annex (`ThemesDetailSection`).
enum ThemesSection: AppendixSection {
    /// Quotes shown under a theme in the main appendix, from different codes and data sets
    /// first; every quote chosen is in the annex and `tables/quotes.csv`.
    static let quotesPerTheme = 4

    static func sections(_ input: AppendixInput) -> [Section] {
        guard !input.document.themes.isEmpty else {
            return [Section(id: "themes", title: "Themes in free text", blocks: [
                .paragraph(Paragraph("No codebook was given, so no free text was coded.")),
            ])]
        }
        var blocks: [Block] = [.paragraph(Paragraph(
            "How many of each data set's respondents with free text mentioned each theme, population by population: practitioners, then families and young people (interviews and stories are counted in their own sections). Each data set keeps its own base and nothing is pooled; the pooled figures are in the technical annex, labelled as such.",
            style: .lead))]
        blocks += ThemeTables.byDataset(input).map(Block.table)
        if let table = ThemeTables.changes(input, onlyNotable: true) {
            blocks.append(.heading(Heading(level: 3, "Change between waves")))
            blocks.append(.table(table))
        }
        blocks += quotes(input)
        return [Section(id: "themes", title: "Themes in free text", blocks: blocks)]
    }

    /// Each theme with its definition and up to `quotesPerTheme` quotes, taken in turn from
    /// its codes (in the order chosen, pinned first) and from data sets not yet quoted.
    static func quotes(_ input: AppendixInput) -> [Block] {
        guard let codebook = input.results.codebook else { return [] }
        let byCode = Dictionary(grouping: input.quotes, by: \.codeID)
        var blocks: [Block] = []
        for theme in codebook.themes {
            let lists = ([theme.id] + theme.codes.map(\.id)).compactMap { byCode[$0] }.filter { !$0.isEmpty }
            let chosen = pick(lists, limit: quotesPerTheme)
            guard !chosen.isEmpty || theme.definition != nil else { continue }
            blocks.append(.heading(Heading(level: 3, theme.label, anchor: "theme-" + theme.id)))
            if let definition = theme.definition { blocks.append(.paragraph(Paragraph(definition, style: .definition))) }
            blocks += chosen.map { .quote(QuoteBlock(text: $0.text, attribution: $0.attribution)) }
        }
        return blocks
    }

    /// Round by round through the lists, one quote from each, preferring a data set not yet
    /// quoted; then the rest in the same order, up to `limit`. A text is taken once.
    static func pick(_ lists: [[Quote]], limit: Int) -> [Quote] {
        var chosen: [Quote] = []
        var texts: Set<String> = []
        var datasets: Set<String> = []
        for freshOnly in [true, false] {
            var round = 0
            while chosen.count < limit, lists.contains(where: { $0.count > round }) {
                for list in lists where list.count > round && chosen.count < limit {
                    let quote = list[round]
                    guard !texts.contains(quote.text), !freshOnly || !datasets.contains(quote.dataset) else { continue }
                    chosen.append(quote)
                    texts.insert(quote.text)
                    datasets.insert(quote.dataset)
                }
                round += 1
            }
        }
        return chosen
    }
}
