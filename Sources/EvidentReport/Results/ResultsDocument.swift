package import EvidentAnalysis
package import EvidentAnonymisation
import EvidentCoding
import EvidentFormats
package import EvidentModel

/// Every output row of a study, built once from its analysis: `results.json` is this value
/// encoded (results spec: the same numbers as the appendix at full precision; percentages
/// 0–100, never rounded here; arrays in a stable order), the CSV tables are its rows
/// (`ReportTables`), and the appendix's tables are drawn from the same rows (`AppendixBuilder`),
/// so a figure is named and computed once for every output.
package struct ResultsDocument: Sendable, Encodable {
    package static let schemaName = "evident.results/1"

    package var schema = schemaName
    /// The time of the run, only with `--stamp`.
    package var generatedAt: String?
    package var study: StudyRow
    package var inputs: [InputRow]
    package var items: [ItemRow]
    package var changes: [ChangeRow]
    package var themeChanges: [ThemeChangeRow]
    package var compositeChanges: [CompositeChangeRow]
    package var composites: [CompositeRow]
    package var themes: [ThemeRow]
    package var breakdowns: [BreakdownRow]
    package var coOccurrence: CoOccurrenceRow?
    package var quotes: [QuoteRow]
    package var stories: [StoryRow]
    package var redactions: RedactionCounts
    package var coding: [CoverageRow]
    package var uncoded: [UncodedRow]
    package var rejections: [RejectionRow]
    package var outcomes: OutcomesRow

    enum CodingKeys: String, CodingKey {
        case schema, generatedAt, study, inputs, items, changes, themeChanges, compositeChanges, composites, themes, breakdowns, coOccurrence, quotes, stories
        case redactions, coding, uncoded, rejections, outcomes
    }

    package init(
        _ results: StudyResults, quotes: [Quote] = [], redactions: RedactionSummary = RedactionSummary(), stamp: String? = nil
    ) {
        generatedAt = stamp
        study = StudyRow(results)
        inputs = results.datasets.map { InputRow($0, rate: results.responseRate(of: $0)) }
        items = results.items.map(ItemRow.init)
        changes = results.changes.map(ChangeRow.init)
        themeChanges = ThemeChangeAnalysis.changes(results.themes, datasets: results.datasets).map(ThemeChangeRow.init)
        compositeChanges = CompositeChangeAnalysis.changes(
            results.composites, populations: ThemeChangeAnalysis.populations(results.datasets)
        ).map(CompositeChangeRow.init)
        composites = results.composites.map { composite in
            CompositeRow(composite, ranking: results.rankings.first { $0.dataset == composite.dataset })
        }
        themes = results.themes.map(ThemeRow.init)
        breakdowns = results.breakdowns.map { BreakdownRow($0, shownAs: results.suppression.label) }
        coOccurrence = results.coOccurrence.map(CoOccurrenceRow.init)
        self.quotes = quotes.map(QuoteRow.init)
        stories = results.stories.flatMap { result in
            result.stories.map { StoryRow($0, dataset: result.dataset, codes: result.codes[$0.id] ?? []) }
        }
        self.redactions = RedactionCounts(redactions)
        coding = results.coverage.map(CoverageRow.init)
        uncoded = results.uncoded.map(UncodedRow.init)
        rejections = results.datasets.flatMap(\.rejections).map(RejectionRow.init)
        outcomes = OutcomesRow(results.outcomes, shownAs: results.suppression.label)
    }

    /// `generated_at` only when stamped; every other key always, `null` when undefined.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        if let generatedAt { try container.encode(generatedAt, forKey: .generatedAt) }
        try container.encode(study, forKey: .study)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(items, forKey: .items)
        try container.encode(changes, forKey: .changes)
        try container.encode(themeChanges, forKey: .themeChanges)
        try container.encode(compositeChanges, forKey: .compositeChanges)
        try container.encode(composites, forKey: .composites)
        try container.encode(themes, forKey: .themes)
        try container.encode(breakdowns, forKey: .breakdowns)
        try container.encodeIfPresent(coOccurrence, forKey: .coOccurrence)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(stories, forKey: .stories)
        try container.encode(redactions, forKey: .redactions)
        try container.encode(coding, forKey: .coding)
        try container.encode(uncoded, forKey: .uncoded)
        try container.encode(rejections, forKey: .rejections)
        if !outcomes.isEmpty { try container.encode(outcomes, forKey: .outcomes) }
    }

    /// The text of `results.json`.
    package func rendered() throws -> String {
        try JSONValueEncoder.encode(self).rendered()
    }
}

/// The study itself: title, organisation, codebook (results spec: `codes` counts every code,
/// themes included), and the suppression threshold.
package struct StudyRow: Sendable, Encodable {
    package var title = ""
    package var organisation: String?
    package var codebook: CodebookRow?
    package var suppressBelow = 0

    package struct CodebookRow: Sendable, Encodable {
        package var name: String
        package var version: String?
        package var codes: Int
        /// SHA-256 of the codebook's coding rules and labels (`Codebook.fingerprint`): two
        /// codebooks with the same version that code differently differ here.
        package var fingerprint: String
    }

    package init(_ results: StudyResults) {
        title = results.spec.title
        organisation = results.spec.organisation
        codebook = results.codebook.map { CodebookRow(name: $0.name, version: $0.version, codes: $0.allCodes.count, fingerprint: $0.fingerprint) }
        suppressBelow = results.spec.suppressBelow
    }
}
