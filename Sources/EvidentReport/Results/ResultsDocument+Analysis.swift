import EvidentAnalysis
import EvidentFormats
import EvidentModel

/// The analysis parts of `results.json`: changes, composites, rankings, breakdowns and code
/// co-occurrence.
extension ResultsDocument {
    static func change(_ change: ItemChange) -> JSONValue {
        .object([
            ("item_id", .string(change.itemID)),
            ("kind", .string(change.kind)),
            ("label", .string(change.label)),
            ("scale", .string(change.scaleID)),
            ("from_wave", .string(change.fromWave)),
            ("to_wave", .string(change.toWave)),
            ("from_datasets", .array(change.from.datasets.map { .string($0) })),
            ("to_datasets", .array(change.to.datasets.map { .string($0) })),
            ("from_n", .integer(change.from.n)),
            ("to_n", .integer(change.to.n)),
            ("from_mean", .number(change.from.mean)),
            ("to_mean", .number(change.to.mean)),
            ("mean_change", .number(change.meanChange)),
            ("from_pct_positive", .number(change.from.pctPositive)),
            ("to_pct_positive", .number(change.to.pctPositive)),
            ("pct_positive_change", .number(change.pctPositiveChange)),
            ("pct_positive_change_ci95", interval(change.pctPositiveChangeCI)),
            ("test", .string("mann-whitney")),
            ("u", .number(change.scores.u)),
            ("z", .number(change.scores.z)),
            ("p_value", .number(change.scores.pValue)),
            ("p_value_undefined", .string(change.scores.undefinedReason)),
            ("proportion_test", .string("two-proportion-z")),
            ("proportion_z", .number(change.shares.z)),
            ("proportion_p_value", .number(change.shares.pValue)),
            ("proportion_p_value_undefined", .string(change.shares.undefinedReason)),
            ("significant_scores", .bool(change.scoresChangedSignificantly)),
            ("significant_pct_positive", .bool(change.shareChangedSignificantly)),
            ("small_sample_warning", .bool(change.isSmall)),
        ])
    }

    static func composite(_ composite: CompositeResult, ranking: ItemRanking?) -> JSONValue {
        let bins = composite.scale.bins
        var members: [(String, JSONValue)] = [
            ("dataset", .string(composite.dataset)),
            ("wave", .string(composite.wave)),
            ("scale", .string(composite.scale.id)),
            ("items", .array(composite.itemIDs.map { .string($0) })),
            ("respondents", .integer(composite.respondents)),
            ("excluded_fewer_than_half", .integer(composite.excluded)),
            ("mean", .number(composite.summary.mean)),
            ("sd", .number(composite.summary.standardDeviation)),
            ("median", .number(composite.summary.median)),
            ("mean_ci95", interval(composite.meanCI)),
            ("distribution", .object(zip(bins, composite.distribution).map { ($0.label, .integer($1)) })),
            ("cronbach_alpha", .number(composite.alpha.value)),
            ("cronbach_alpha_respondents", .integer(composite.alpha.respondents)),
            ("cronbach_alpha_undefined", .string(composite.alpha.undefinedReason)),
            ("alpha_warning", .bool(composite.alpha.value != nil && composite.alphaIsLow)),
            ("threshold", .number(composite.threshold)),
            ("answers", .integer(composite.answers)),
            ("answers_below_threshold", .integer(composite.answersBelowThreshold)),
            ("pct_answers_below_threshold", .number(composite.pctAnswersBelowThreshold)),
        ]
        if let ranking {
            members.append(("ranking", .array(ranking.entries.map { entry in
                .object([
                    ("item_id", .string(entry.itemID)),
                    ("n", .integer(entry.n)),
                    ("mean", .number(entry.mean)),
                    ("pct_positive", .number(entry.pctPositive)),
                    ("rank_by_mean", .integer(entry.rankByMean)),
                    ("difference_from_composite", .number(entry.comparison.estimate)),
                    ("welch_p_value", .number(entry.comparison.pValue)),
                    ("significantly_below_composite", .bool(entry.isSignificantlyBelow)),
                ])
            })))
        }
        return .object(members)
    }

    /// Suppressed cells carry only their group and `"suppressed": true` — no figure that could
    /// identify anyone.
    static func breakdown(_ breakdown: Breakdown, label: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("dataset", .string(breakdown.dataset)), ("attribute", .string(breakdown.attribute))]
        switch breakdown.subject {
        case .item(let id, _):
            members.append(("item_id", .string(id)))
        case .code(let id, _, _):
            members.append(("code_id", .string(id)))
        }
        members.append(("cells", .array(breakdown.cells.map { cell in
            if cell.isSuppressed {
                return .object([("group", .string(cell.group)), ("suppressed", .bool(true)), ("shown_as", .string(label))])
            }
            var fields: [(String, JSONValue)] = [("group", .string(cell.group)), ("suppressed", .bool(false))]
            switch breakdown.subject {
            case .item:
                fields += [("n", .integer(cell.count)), ("mean", .number(cell.mean)), ("pct_positive", .number(cell.percent))]
            case .code:
                fields += [
                    ("respondents", .integer(cell.count)), ("base", cell.base.map { .integer($0) } ?? .null),
                    ("pct_respondents", .number(cell.percent)),
                ]
            }
            return .object(fields)
        })))
        return .object(members)
    }

    static func coOccurrence(_ table: CoOccurrence) -> JSONValue {
        var pairs: [JSONValue] = []
        for first in table.codeIDs.indices {
            for second in table.codeIDs.indices where second > first && table.counts[first][second] > 0 {
                pairs.append(.object([
                    ("codes", .array([.string(table.codeIDs[first]), .string(table.codeIDs[second])])),
                    ("answers", .integer(table.counts[first][second])),
                ]))
            }
        }
        return .object([
            ("unit", .string("answer")),
            ("codes", .array(table.codeIDs.enumerated().map { index, id in
                .object([("code_id", .string(id)), ("answers", .integer(table.counts[index][index]))])
            })),
            ("pairs", .array(pairs)),
        ])
    }
}
