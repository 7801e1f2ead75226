import EvidentAnalysis
import EvidentFormats
import EvidentModel

/// The CSV tables under `tables/`, each from the same `StudyResults` as the appendix.
enum ReportTables {
    /// File name (under `tables/`) and table, in a fixed order.
    static func all(_ results: StudyResults) -> [(name: String, table: CSVTable)] {
        [
            ("inputs.csv", inputs(results)),
            ("items.csv", items(results)),
            ("item-distributions.csv", distributions(results)),
            ("changes.csv", changes(results)),
            ("composites.csv", composites(results)),
            ("training-needs-ranking.csv", rankings(results)),
            ("item-breakdowns.csv", breakdowns(results, items: true)),
            ("themes.csv", themes(results)),
            ("themes-by-dataset.csv", themesByDataset(results)),
            ("theme-breakdowns.csv", breakdowns(results, items: false)),
            ("code-co-occurrence.csv", coOccurrence(results)),
            ("coding-coverage.csv", coverage(results)),
            ("uncoded-terms.csv", uncodedTerms(results)),
        ]
    }

    static func inputs(_ results: StudyResults) -> CSVTable {
        CSVTable(
            header: [
                "dataset", "kind", "file", "format", "encoding", "wave", "rows_read", "complete", "partial", "rejected",
                "invalid_values", "invited", "response_rate", "response_rate_ci95_low", "response_rate_ci95_high",
            ],
            rows: results.datasets.map { dataset in
                let interval = results.responseRate(of: dataset)?.percentInterval
                return [
                    .text(dataset.id), .text(dataset.kind.rawValue), .text(dataset.file), .text(dataset.format.rawValue),
                    .text(dataset.encoding), .text(dataset.wave ?? ""), .integer(dataset.accounting.rowsRead),
                    .integer(dataset.accounting.complete), .integer(dataset.accounting.partial),
                    .integer(dataset.accounting.rejected),
                    .integer(dataset.rejections.filter { $0.kind == .invalidValue }.count),
                    dataset.invited.map { .integer($0) } ?? .empty, .number(dataset.responseRate),
                    .number(interval?.lower), .number(interval?.upper),
                ]
            }
        )
    }

    static func items(_ results: StudyResults) -> CSVTable {
        CSVTable(
            header: [
                "dataset", "wave", "item_id", "label", "scale", "n", "missing", "invalid", "mean", "sd", "median", "q1", "q3",
                "mean_ci95_low", "mean_ci95_high", "positive", "pct_positive", "pct_positive_ci95_low", "pct_positive_ci95_high",
            ],
            rows: results.items.map { item in
                [
                    .text(item.dataset), .text(item.wave ?? ""), .text(item.item.id), .text(item.item.label),
                    .text(item.item.scale.id), .integer(item.n), .integer(item.missing), .integer(item.invalid),
                    .number(item.summary.mean), .number(item.summary.standardDeviation), .number(item.summary.median),
                    .number(item.summary.lowerQuartile), .number(item.summary.upperQuartile), .number(item.meanCI?.lower),
                    .number(item.meanCI?.upper), .integer(item.positive), .number(item.pctPositive),
                    .number(item.pctPositiveCI?.lower), .number(item.pctPositiveCI?.upper),
                ]
            }
        )
    }

    static func distributions(_ results: StudyResults) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for item in results.items {
            for (bin, count) in zip(item.item.scale.bins, item.distribution) {
                rows.append([.text(item.dataset), .text(item.item.id), .text(bin.label), .integer(count)])
            }
        }
        return CSVTable(header: ["dataset", "item_id", "bin", "count"], rows: rows)
    }

    static func themes(_ results: StudyResults) -> CSVTable {
        CSVTable(
            header: ["code_id", "label", "parent_id", "depth", "segments", "respondents", "base", "pct_respondents"],
            rows: results.themes.map { theme in
                [
                    .text(theme.codeID), .text(theme.label), .text(theme.parentID ?? ""), .integer(theme.depth),
                    .integer(theme.total.segments), .integer(theme.total.respondents), .integer(theme.total.base),
                    .number(theme.total.pctRespondents),
                ]
            }
        )
    }

    static func themesByDataset(_ results: StudyResults) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for theme in results.themes {
            for entry in theme.byDataset {
                rows.append([
                    .text(theme.codeID), .text(entry.dataset), .integer(entry.count.segments), .integer(entry.count.respondents),
                    .integer(entry.count.base), .number(entry.count.pctRespondents),
                ])
            }
        }
        return CSVTable(header: ["code_id", "dataset", "segments", "respondents", "base", "pct_respondents"], rows: rows)
    }

    static func coverage(_ results: StudyResults) -> CSVTable {
        CSVTable(
            header: ["dataset", "answers", "coded", "uncoded", "pct_uncoded"],
            rows: results.coverage.map {
                [.text($0.dataset), .integer($0.answers), .integer($0.coded), .integer($0.uncoded), .number($0.pctUncoded)]
            }
        )
    }

    /// The commonest words and phrases in answers no code touched, per data set.
    static func uncodedTerms(_ results: StudyResults) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for summary in results.uncoded {
            for (type, terms) in [("word", summary.words), ("phrase", summary.phrases)] {
                for (rank, term) in terms.enumerated() {
                    rows.append([.text(summary.dataset), .text(type), .integer(rank + 1), .text(term.text), .integer(term.answers)])
                }
            }
        }
        return CSVTable(header: ["dataset", "type", "rank", "text", "answers"], rows: rows)
    }

    /// `rejections.csv`: every rejected record and invalid value, with file, line and reason.
    static func rejections(_ results: StudyResults) -> CSVTable {
        CSVTable(
            header: ["dataset", "kind", "file", "line", "respondent", "column", "value", "reason"],
            rows: results.datasets.flatMap(\.rejections).map { rejection in
                [
                    .text(rejection.dataset), .text(rejection.kind.rawValue), .text(rejection.location.file),
                    rejection.location.line.map { .integer($0) } ?? .empty, .text(rejection.respondent ?? ""),
                    .text(rejection.column ?? ""), .text(rejection.value ?? ""), .text(rejection.reason),
                ]
            }
        )
    }
}
