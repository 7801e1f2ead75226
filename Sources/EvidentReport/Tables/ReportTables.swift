package import EvidentFormats

/// The CSV tables under `tables/` and `rejections.csv`: the rows of `ResultsDocument`, each table
/// a list of one row type, its header the row's keys (`CSVRowEncoder`), so a table says what
/// `results.json` says, with the same names.
package enum ReportTables {
    /// File name (under `tables/`) and table, in a fixed order.
    package static func all(_ document: ResultsDocument) throws -> [(name: String, table: CSVTable)] {
        var itemBreakdowns: [ItemBreakdownCSVRow] = []
        var codeBreakdowns: [CodeBreakdownCSVRow] = []
        for breakdown in document.breakdowns {
            switch breakdown {
            case .item(let row): itemBreakdowns += ItemBreakdownCSVRow.rows(of: row)
            case .code(let row): codeBreakdowns += CodeBreakdownCSVRow.rows(of: row)
            }
        }
        return [
            ("inputs.csv", try CSVRowEncoder.table(document.inputs, template: InputRow())),
            ("items.csv", try CSVRowEncoder.table(document.items, template: ItemRow())),
            ("item-distributions.csv", try CSVRowEncoder.table(document.items.flatMap(DistributionRow.rows), template: DistributionRow())),
            ("changes.csv", try CSVRowEncoder.table(document.changes, template: ChangeRow())),
            ("composites.csv", try CSVRowEncoder.table(document.composites, template: CompositeRow())),
            ("training-needs-ranking.csv", try CSVRowEncoder.table(document.composites.flatMap(\.ranking), template: RankingRow())),
            ("item-breakdowns.csv", try CSVRowEncoder.table(itemBreakdowns, template: ItemBreakdownCSVRow())),
            ("themes.csv", try CSVRowEncoder.table(document.themes, template: ThemeRow())),
            ("themes-by-dataset.csv", try CSVRowEncoder.table(document.themes.flatMap(ThemeDatasetRow.rows), template: ThemeDatasetRow())),
            ("theme-breakdowns.csv", try CSVRowEncoder.table(codeBreakdowns, template: CodeBreakdownCSVRow())),
            ("code-co-occurrence.csv", (document.coOccurrence ?? CoOccurrenceRow(nil)).csvTable),
            ("quotes.csv", try CSVRowEncoder.table(document.quotes, template: QuoteRow())),
            ("coding-coverage.csv", try CSVRowEncoder.table(document.coding, template: CoverageRow())),
            ("uncoded-terms.csv", try CSVRowEncoder.table(document.uncoded.flatMap(UncodedTermRow.rows), template: UncodedTermRow())),
        ] + (try outcomes(document.outcomes))
    }

    /// The outcome tables, for a study with outcome data: each written when it has rows (its
    /// header is its first row's keys), so a study without outcome readings or case outcomes
    /// has none of them.
    static func outcomes(_ outcomes: OutcomesRow) throws -> [(name: String, table: CSVTable)] {
        func table<Row: Encodable>(_ name: String, _ rows: [Row]) throws -> [(name: String, table: CSVTable)] {
            guard let first = rows.first else { return [] }
            return [(name, try CSVRowEncoder.table(rows, template: first))]
        }
        var tables = try table("outcomes.csv", outcomes.distance.map(OutcomeCSVRow.init))
        tables += try table("outcome-domains.csv", outcomes.distance.flatMap(OutcomeDomainCSVRow.rows))
        tables += try table("outcome-groups.csv", outcomes.distance.flatMap(OutcomeGroupCSVRow.rows))
        tables += try table("progress-matrix.csv", outcomes.distance.flatMap(ProgressMatrixCSVRow.rows))
        tables += try table("case-kpis.csv", outcomes.cases.flatMap(CaseKPICSVRow.rows))
        tables += try table("theme-outcomes.csv", outcomes.themes)
        return tables
    }

    /// `rejections.csv`: every rejected record and invalid value, with file, line and reason.
    package static func rejections(_ document: ResultsDocument) throws -> CSVTable {
        try CSVRowEncoder.table(document.rejections, template: RejectionRow())
    }
}
