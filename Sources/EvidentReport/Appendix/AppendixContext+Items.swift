import EvidentAnalysis
import EvidentModel

/// Item tables, composites, rankings, change over time and item breakdowns.
extension AppendixContext {
    static func itemSection(_ results: StudyResults, _ dataset: Dataset, number: Int) -> [String: Any] {
        let items = results.items.filter { $0.dataset == dataset.id }
        var scales: [Scale] = []
        for item in items where !scales.contains(where: { $0.id == item.item.scale.id }) { scales.append(item.item.scale) }
        var section: [String: Any] = [
            "number": number,
            "heading": heading(for: dataset),
            "items": items.map(item),
            "positiveRules": scales.map { "\($0.id): \($0.positiveRule)" }.joined(separator: "; "),
        ]
        if let rate = results.responseRate(of: dataset), let invited = dataset.invited {
            section["responseRate"] = "\(Format.count(dataset.accounting.respondents)) of \(Format.count(invited)) invited responded: "
                + Format.percent(rate.percent) + " (95% CI " + Format.interval(rate.percentInterval) + ")"
        }
        if let composite = results.composites.first(where: { $0.dataset == dataset.id }) {
            section["composite"] = self.composite(composite)
            if let ranking = results.rankings.first(where: { $0.dataset == dataset.id }) {
                section["hasRanking"] = !ranking.entries.isEmpty
                section["ranking"] = ranking.entries.enumerated().map { position, entry -> [String: Any] in
                    [
                        "position": position + 1, "label": entry.label, "pctPositive": Format.percent(entry.pctPositive),
                        "mean": Format.decimal(entry.mean), "rankByMean": entry.rankByMean,
                        "difference": Format.signed(entry.comparison.estimate), "p": Format.pValue(entry.comparison.pValue),
                        "flag": entry.isSignificantlyBelow ? "▼ below" : "",
                    ]
                }
            }
        }
        return section
    }

    static func item(_ result: ItemResult) -> [String: Any] {
        let places = result.item.scale.maxScore - result.item.scale.minScore > 20 ? 1 : 2
        return [
            "label": result.item.label + (result.item.reverse ? " (reversed)" : ""), "scale": result.item.scale.id,
            "n": Format.count(result.n), "missing": Format.count(result.missing), "invalid": Format.count(result.invalid),
            "mean": Format.decimal(result.summary.mean, places), "meanCI": Format.interval(result.meanCI, places),
            "median": Format.decimal(result.summary.median, places == 1 ? 0 : 1),
            "pctPositive": Format.percent(result.pctPositive), "pctPositiveCI": Format.interval(result.pctPositiveCI),
        ]
    }

    static func composite(_ composite: CompositeResult) -> [String: Any] {
        [
            "items": composite.itemIDs.count, "respondents": Format.count(composite.respondents),
            "excluded": Format.count(composite.excluded), "mean": Format.decimal(composite.summary.mean),
            "meanCI": Format.interval(composite.meanCI), "median": Format.decimal(composite.summary.median),
            "alpha": composite.alpha.value.map { Format.decimal($0, 2) } ?? "undefined (\(composite.alpha.undefinedReason ?? "no data"))",
            "alphaRespondents": Format.count(composite.alpha.respondents),
            "alphaWarning": composite.alpha.value != nil && composite.alphaIsLow,
            "threshold": composite.threshold.compactDescription,
            "pctBelow": Format.percent(composite.pctAnswersBelowThreshold),
            "answers": Format.count(composite.answers), "answersBelow": Format.count(composite.answersBelowThreshold),
        ]
    }

    static func change(_ change: ItemChange) -> [String: Any] {
        let places = change.scaleID == "confidence-0-100" ? 1 : 2
        return [
            "label": change.label, "waves": "\(change.fromWave) → \(change.toWave)",
            "fromN": Format.count(change.from.n), "toN": Format.count(change.to.n),
            "fromMean": Format.decimal(change.from.mean, places), "toMean": Format.decimal(change.to.mean, places),
            "meanChange": Format.signed(change.meanChange, places), "p": Format.pValue(change.scores.pValue),
            "fromPct": Format.percent(change.from.pctPositive), "toPct": Format.percent(change.to.pctPositive),
            "pctChange": Format.signed(change.pctPositiveChange) + " pp",
            "pctChangeCI": Format.interval(change.pctPositiveChangeCI), "pctP": Format.pValue(change.shares.pValue),
            "flag": [
                change.scoresChangedSignificantly || change.shareChangedSignificantly ? "significant" : "",
                change.isSmall ? "n < 30" : "",
            ].filter { !$0.isEmpty }.joined(separator: ", "),
        ]
    }

    /// One pivot table per data set and attribute: rows are items (or codes), columns groups.
    static func breakdownTables(_ results: StudyResults, items: Bool) -> [[String: Any]] {
        var tables: [[String: Any]] = []
        var index: [String: Int] = [:]
        for breakdown in results.breakdowns {
            let label: String
            switch breakdown.subject {
            case .item(_, let itemLabel):
                guard items else { continue }
                label = itemLabel
            case .code(_, let codeLabel, let depth):
                guard !items, depth == 0 else { continue }
                label = codeLabel
            }
            let key = breakdown.dataset + "\u{0}" + breakdown.attribute
            if index[key] == nil {
                index[key] = tables.count
                tables.append([
                    "dataset": breakdown.dataset, "attribute": breakdown.attribute,
                    "groups": breakdown.cells.map { ["name": $0.group] }, "separator": breakdown.cells.map { _ in ["x": 1] },
                    "rows": [[String: Any]](),
                ])
            }
            guard let position = index[key] else { continue }
            var rows = tables[position]["rows"] as? [[String: Any]] ?? []
            rows.append(["label": label, "cells": breakdown.cells.map { cell -> [String: Any] in
                if cell.isSuppressed { return ["text": results.suppression.label] }
                let figure = Format.percent(cell.percent, 0)
                return ["text": cell.count == 0 && cell.percent == nil ? "–" : "\(figure) (\(Format.count(cell.count)))"]
            }])
            tables[position]["rows"] = rows
        }
        return tables
    }
}
