import EvidentAnalysis
import EvidentModel

/// The themes' tables: shares by data set (each data set its own base, never pooled), the change
/// in a theme's share between waves with its test, and every data set pooled (for the annex,
/// labelled as such).
enum ThemeTables {
    /// The populations the main appendix shows one table each, in this order: who answered,
    /// by the kind of data set. Each table lists the themes and codes that apply to it.
    /// Interviews and stories are left out: their own sections count participants and stories
    /// per theme, and the annex's pooled table has them.
    static let populations: [(title: String, kinds: [DatasetKind])] = [
        ("practitioner surveys", [.practitionerSurvey]),
        ("families' and young people's feedback", [.serviceUserFeedback]),
        ("other data sets", [.outcomeReadings, .caseOutcomes]),
    ]

    /// One table per population (`populations`): themes and their codes (down to `maxDepth`)
    /// as rows, that population's data sets as columns, each cell the share of the data set's
    /// respondents with free text: "66% (82)". A row no data set of the table applies to is
    /// left out. The base is in the column's heading; a base under `Significance.smallBase` is
    /// flagged, and under `Significance.chartFloor` only the count is shown.
    static func byDataset(_ input: AppendixInput, maxDepth: Int = 1) -> [Table] {
        let coded = Set(input.results.themes.flatMap { $0.byDataset.filter { $0.count.base > 0 }.map(\.dataset) })
        let datasets = input.results.datasets.filter { coded.contains($0.id) }
        return populations.compactMap { population in
            table(input, population.title, datasets.filter { population.kinds.contains($0.kind) }, maxDepth: maxDepth)
        }
    }

    static func table(_ input: AppendixInput, _ population: String, _ datasets: [Dataset], maxDepth: Int) -> Table? {
        guard !datasets.isEmpty else { return nil }
        var bases: [String: Int] = [:]
        for theme in input.results.themes where theme.depth == 0 {
            for entry in theme.byDataset { bases[entry.dataset] = max(bases[entry.dataset] ?? 0, entry.count.base) }
        }
        let labels = input.labels
        let columns = [Column("Theme or code")] + datasets.map { dataset in
            let base = bases[dataset.id] ?? 0
            return Column("\(labels.heading(dataset.id)) (n = \(Format.count(base))\(base < Significance.smallBase ? ", small base" : ""))", numeric: true)
        }
        let rows: [Row] = input.document.themes.enumerated().compactMap { index, theme in
            guard theme.depth <= maxDepth else { return nil }
            let counts = Dictionary(theme.byDataset.entries.map { ($0.dataset, $0.count) }, uniquingKeysWith: { first, _ in first })
            guard datasets.contains(where: { (counts[$0.id]?.base ?? 0) > 0 }) else { return nil }
            var label = Cell(theme.label)
            label.isStrong = theme.depth == 0
            label.indent = theme.depth == 0 ? nil : String(repeating: "↳ ", count: theme.depth)
            let cells = datasets.map { dataset -> Cell in
                guard let count = counts[dataset.id], count.base > 0 else { return .numeric("–") }
                let source = "/themes/\(index)/by_dataset/\(dataset.id)/pct_respondents"
                if count.base < Significance.chartFloor { return .numeric("(\(Format.count(count.respondents)))") }
                return .number(
                    "\(Format.percent(count.pctRespondents, 0)) (\(Format.count(count.respondents)))", value: count.pctRespondents,
                    source: source)
            }
            return Row([label] + cells, depth: theme.depth)
        }
        guard !rows.isEmpty else { return nil }
        return Table(
            caption: "Respondents mentioning each theme, \(population): % of each data set's respondents with free text, and how many",
            columns: columns, rows: rows,
            notes: [Paragraph(
                "Each column has its own base: the respondents in that data set with at least one non-empty free-text answer (n). Data sets are not pooled. Only the themes and codes that apply to these data sets are listed; “–”: the code does not apply to that data set; on a base under \(Significance.chartFloor) only the count is shown; bases under \(Significance.smallBase) are flagged as small.",
                style: .note)],
            style: "compact pivot", isWide: datasets.count > 3
        )
    }

    /// The change in each theme's share between waves of one population, with its
    /// two-proportion z-test (`theme_changes`); `onlyNotable` keeps the top-level themes and
    /// the codes whose change is significant.
    static func changes(_ input: AppendixInput, onlyNotable: Bool) -> Table? {
        let depths = Dictionary(input.document.themes.map { ($0.codeID, $0.depth) }, uniquingKeysWith: { first, _ in first })
        let rows = input.document.themeChanges.enumerated().filter { _, change in
            !onlyNotable || depths[change.codeID] == 0 || change.significant
        }
        guard !rows.isEmpty else { return nil }
        return Table(
            caption: onlyNotable
                ? "Change in each theme's share between waves, with every code whose share changed significantly"
                : "Change in every theme's and code's share between waves",
            columns: [
                Column("Population"), Column("Theme or code"), Column("Waves"), Column("Earlier", numeric: true), Column("Later", numeric: true),
                Column("Change, points (95% CI)", numeric: true), Column("p", numeric: true),
            ],
            rows: rows.map { index, change in
                let at = "/theme_changes/\(index)/"
                var label = Cell(change.label + (change.significant ? " *" : ""))
                label.isStrong = depths[change.codeID] == 0
                return Row([
                    Cell(population(change, input.labels)), label, Cell("\(change.fromWave) → \(change.toWave)"),
                    side(change.from, at: at + "from/pct_respondents"), side(change.to, at: at + "to/pct_respondents"),
                    .number(Format.signed(change.changePoints), value: change.changePoints, source: at + "change_points",
                            aside: change.changeCI95.map { Format.interval($0) }),
                    .number(Format.pValue(change.p) + (change.smallBase ? " (small base)" : ""), value: change.p, source: at + "p"),
                ])
            },
            notes: [Paragraph(
                "Each wave's share has its own base (respondents of that population with free text in that wave). * significant at p < \(Format.decimal(Significance.alpha, 2)) (two-proportion z-test; Newcombe interval for the difference); bases under \(Significance.smallBase) are flagged as small.",
                style: .note)],
            style: "compact changes", isWide: true
        )
    }

    /// Who a change is about, as readers name them: "Practitioners" (the later wave's
    /// respondents, `StudyLabels.respondents`); the population key where no data set is named.
    static func population(_ change: ThemeChangeRow, _ labels: StudyLabels) -> String {
        guard let dataset = change.to.datasets.first ?? change.from.datasets.first else { return change.population }
        let name = labels.respondents(dataset)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    static func side(_ side: ThemeChangeRow.Side, at source: String) -> Cell {
        .number("\(Format.percent(side.pctRespondents, 0)) (\(Format.count(side.respondents))/\(Format.count(side.base)))",
                value: side.pctRespondents, source: source)
    }
}
