import EvidentAnalysis
import EvidentFormats
import EvidentModel

/// Tables for change over time, composites, rankings, breakdowns and co-occurrence.
extension ReportTables {
    static func changes(_ results: StudyResults) -> CSVTable {
        CSVTable(
            header: [
                "item_id", "label", "kind", "from_wave", "to_wave", "from_n", "to_n", "from_mean", "to_mean", "mean_change",
                "from_pct_positive", "to_pct_positive", "pct_positive_change", "pct_positive_change_ci95_low",
                "pct_positive_change_ci95_high", "mann_whitney_u", "mann_whitney_p", "proportion_z", "proportion_p",
                "significant_scores", "significant_pct_positive", "small_sample_warning",
            ],
            rows: results.changes.map { change in
                [
                    .text(change.itemID), .text(change.label), .text(change.kind), .text(change.fromWave), .text(change.toWave),
                    .integer(change.from.n), .integer(change.to.n), .number(change.from.mean), .number(change.to.mean),
                    .number(change.meanChange), .number(change.from.pctPositive), .number(change.to.pctPositive),
                    .number(change.pctPositiveChange), .number(change.pctPositiveChangeCI?.lower),
                    .number(change.pctPositiveChangeCI?.upper), .number(change.scores.u), .number(change.scores.pValue),
                    .number(change.shares.z), .number(change.shares.pValue), .text(change.scoresChangedSignificantly ? "yes" : "no"),
                    .text(change.shareChangedSignificantly ? "yes" : "no"), .text(change.isSmall ? "yes" : "no"),
                ]
            }
        )
    }

    static func composites(_ results: StudyResults) -> CSVTable {
        CSVTable(
            header: [
                "dataset", "wave", "items", "respondents", "excluded_fewer_than_half", "mean", "sd", "mean_ci95_low",
                "mean_ci95_high", "cronbach_alpha", "threshold", "answers", "answers_below_threshold", "pct_answers_below_threshold",
            ],
            rows: results.composites.map { composite in
                [
                    .text(composite.dataset), .text(composite.wave ?? ""), .text(composite.itemIDs.joined(separator: ";")),
                    .integer(composite.respondents), .integer(composite.excluded), .number(composite.summary.mean),
                    .number(composite.summary.standardDeviation), .number(composite.meanCI?.lower), .number(composite.meanCI?.upper),
                    .number(composite.alpha.value), .number(composite.threshold), .integer(composite.answers),
                    .integer(composite.answersBelowThreshold), .number(composite.pctAnswersBelowThreshold),
                ]
            }
        )
    }

    static func rankings(_ results: StudyResults) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for ranking in results.rankings {
            for (position, entry) in ranking.entries.enumerated() {
                rows.append([
                    .text(ranking.dataset), .integer(position + 1), .text(entry.itemID), .text(entry.label), .integer(entry.n),
                    .number(entry.pctPositive), .number(entry.mean), .integer(entry.rankByMean),
                    .number(entry.comparison.estimate), .number(entry.comparison.pValue),
                    .text(entry.isSignificantlyBelow ? "yes" : "no"),
                ])
            }
        }
        return CSVTable(
            header: [
                "dataset", "rank_by_pct_positive", "item_id", "label", "n", "pct_positive", "mean", "rank_by_mean",
                "difference_from_composite", "welch_p", "significantly_below_composite",
            ],
            rows: rows
        )
    }

    /// Suppressed cells read "<k" in the count column and are blank elsewhere.
    static func breakdowns(_ results: StudyResults, items: Bool) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for breakdown in results.breakdowns {
            let subject: String
            switch breakdown.subject {
            case .item(let id, _):
                guard items else { continue }
                subject = id
            case .code(let id, _, _):
                guard !items else { continue }
                subject = id
            }
            for cell in breakdown.cells {
                var row: [CSVTable.Cell] = [.text(breakdown.dataset), .text(breakdown.attribute), .text(subject), .text(cell.group)]
                if cell.isSuppressed {
                    row += [.text(results.suppression.label), .empty, .empty]
                } else if items {
                    row += [.integer(cell.count), .number(cell.mean), .number(cell.percent)]
                } else {
                    row += [.integer(cell.count), cell.base.map { .integer($0) } ?? .empty, .number(cell.percent)]
                }
                rows.append(row)
            }
        }
        let header = items
            ? ["dataset", "attribute", "item_id", "group", "n", "mean", "pct_positive"]
            : ["dataset", "attribute", "code_id", "group", "respondents", "base", "pct_respondents"]
        return CSVTable(header: header, rows: rows)
    }

    static func coOccurrence(_ results: StudyResults) -> CSVTable {
        guard let table = results.coOccurrence else { return CSVTable(header: ["code_id"]) }
        return CSVTable(
            header: ["code_id"] + table.codeIDs,
            rows: table.codeIDs.enumerated().map { index, id in [.text(id)] + table.counts[index].map { .integer($0) } }
        )
    }
}
