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
        ]
    }

    /// `rejections.csv`: every rejected record and invalid value, with file, line and reason.
    package static func rejections(_ document: ResultsDocument) throws -> CSVTable {
        try CSVRowEncoder.table(document.rejections, template: RejectionRow())
    }
}
