import EvidentAnalysis
import EvidentModel

/// The technical annex's themes: every data set pooled (labelled as such: it mixes
/// populations), themes by group, themes found together, every code's change between waves, and
/// every quote chosen, code by code.
enum ThemesDetailSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let document = input.document
        guard !document.themes.isEmpty else { return [] }
        var blocks: [Block] = [.paragraph(Paragraph(
            "Pooled figures count every data set's respondents together — practitioners, families, young people, stories and interviews — so they describe the free text as a whole, not any one population: read the themes by data set in the main appendix for that.",
            style: .note))]
        blocks += input.charts.themes.map { [.figure($0)] } ?? []
        blocks.append(.table(Table(
            caption: "Respondents mentioning each theme and code, all data sets pooled",
            columns: [
                Column("Theme or code"), Column("Respondents", numeric: true), Column("Base", numeric: true),
                Column("% of respondents", numeric: true), Column("Segments", numeric: true),
            ],
            rows: document.themes.enumerated().map { index, theme in
                let at = "/themes/\(index)/"
                var label = Cell(theme.label)
                label.isStrong = theme.depth == 0
                label.indent = theme.depth == 0 ? nil : String(repeating: "↳ ", count: theme.depth)
                return Row([
                    label,
                    .number(Format.count(theme.respondents), value: Double(theme.respondents), source: at + "respondents"),
                    .number(Format.count(theme.base), value: Double(theme.base), source: at + "base"),
                    .number(Format.percent(theme.pctRespondents), value: theme.pctRespondents, source: at + "pct_respondents"),
                    .number(Format.count(theme.segments), value: Double(theme.segments), source: at + "segments"),
                ], depth: theme.depth)
            },
            notes: [Paragraph(
                "A respondent counts for a code when at least one segment of their free text was coded with it or with a code beneath it. The base is the respondents with at least one non-empty free-text answer in the data sets the code applies to.",
                style: .note)],
            style: "compact"
        )))
        blocks += GroupsSection.pivots(input, items: false).map(Block.table)
        if let table = coOccurrence(input) { blocks.append(.table(table)) }
        if let table = ThemeTables.changes(input, onlyNotable: false) { blocks.append(.table(table)) }
        blocks.append(.paragraph(Paragraph(
            "Every quote chosen, code by code (the main appendix shows a few per theme); tables/quotes.csv lists them with their references.",
            style: .lead)))
        blocks += quoteThemes(input)
        return [Section(id: "themes-detail", title: "Themes: pooled figures, groups and every quote", tier: .annex, blocks: blocks)]
    }

    /// Top-level themes against each other: answers coded with both; the diagonal, answers
    /// with the theme at all.
    static func coOccurrence(_ input: AppendixInput) -> Table? {
        guard let table = input.results.coOccurrence, let codebook = input.results.codebook else { return nil }
        let themes = Set(codebook.themes.map(\.id))
        let indexes = table.codeIDs.indices.filter { themes.contains(table.codeIDs[$0]) }
        let labels = Dictionary(codebook.allCodes.map { ($0.code.id, $0.code.label) }, uniquingKeysWith: { first, _ in first })
        return Table(
            caption: "Themes found in the same answer",
            columns: [Column("")] + indexes.map { Column(labels[table.codeIDs[$0]] ?? table.codeIDs[$0], numeric: true) },
            rows: indexes.map { row in
                Row([Cell(labels[table.codeIDs[row]] ?? table.codeIDs[row])] + indexes.map { column in
                    let count = table.counts[row][column]
                    // The diagonal is each code's own count; the pairs, those found together.
                    return .number(Format.count(count), value: row == column ? Double(count) : nil, source: "/co_occurrence/codes/\(row)/answers")
                })
            },
            notes: [Paragraph("Answers coded with both themes; the diagonal counts answers with the theme at all.", style: .note)],
            style: "compact pivot", isWide: true
        )
    }

    /// Each theme with its definition, its codes, and their quotes.
    static func quoteThemes(_ input: AppendixInput) -> [Block] {
        guard let codebook = input.results.codebook else { return [] }
        let byCode = Dictionary(grouping: input.quotes, by: \.codeID)
        let counts = Dictionary(input.document.themes.map { ($0.codeID, $0) }, uniquingKeysWith: { first, _ in first })
        func figures(_ id: String) -> (respondents: String, base: String, pct: String) {
            guard let theme = counts[id] else { return ("–", "–", "–") }
            return (Format.count(theme.respondents), Format.count(theme.base), Format.percent(theme.pctRespondents))
        }
        func quotes(_ id: String) -> [Block] {
            (byCode[id] ?? []).map { .quote(QuoteBlock(text: $0.text, attribution: $0.attribution)) }
        }
        var blocks: [Block] = []
        for theme in codebook.themes {
            let total = figures(theme.id)
            blocks.append(.heading(Heading(level: 3, theme.label, anchor: "theme-quotes-" + theme.id)))
            if let definition = theme.definition { blocks.append(.paragraph(Paragraph(definition, style: .definition))) }
            blocks.append(.paragraph(Paragraph("\(total.respondents) of \(total.base) respondents (\(total.pct)).", style: .muted)))
            for code in theme.codes {
                let figures = figures(code.id)
                blocks.append(.heading(Heading(level: 4, "\(code.label) (\(figures.respondents) of \(figures.base), \(figures.pct))")))
                if let definition = code.definition { blocks.append(.paragraph(Paragraph(definition, style: .definition))) }
                blocks += quotes(code.id)
            }
            if theme.codes.isEmpty { blocks += quotes(theme.id) }
        }
        return blocks
    }
}
