import EvidentAnalysis
import EvidentModel

/// Themes, their breakdowns and co-occurrence, coding coverage, and rejections.
extension AppendixContext {
    static func addThemes(_ results: StudyResults, to context: inout [String: Any]) {
        context["hasThemes"] = !results.themes.isEmpty
        context["themes"] = results.themes.map(theme)
        context["themeBreakdowns"] = breakdownTables(results, items: false)
        let uncoded = self.uncoded(results)
        context["uncoded"] = uncoded
        context["hasUncoded"] = !uncoded.isEmpty
        context["coverage"] = results.coverage.map { coverage -> [String: Any] in
            [
                "dataset": coverage.dataset, "answers": Format.count(coverage.answers), "coded": Format.count(coverage.coded),
                "uncoded": Format.count(coverage.uncoded), "pctUncoded": Format.percent(coverage.pctUncoded),
            ]
        }
        if let table = results.coOccurrence, let codebook = results.codebook {
            let themes = Set(codebook.themes.map(\.id))
            let indexes = table.codeIDs.indices.filter { themes.contains(table.codeIDs[$0]) }
            let labels = Dictionary(uniqueKeysWithValues: codebook.allCodes.map { ($0.code.id, $0.code.label) })
            context["coOccurrence"] = [
                "columns": indexes.map { ["label": labels[table.codeIDs[$0]] ?? table.codeIDs[$0]] },
                "separator": indexes.map { _ in ["x": 1] },
                "rows": indexes.map { row -> [String: Any] in
                    [
                        "label": labels[table.codeIDs[row]] ?? table.codeIDs[row],
                        "cells": indexes.map { ["text": Format.count(table.counts[row][$0])] },
                    ]
                },
            ]
        }
    }

    /// What the codebook does not code: per data set, the uncoded share and the commonest words
    /// and phrases left in those answers, so the researcher sees what the codebook misses.
    static func uncoded(_ results: StudyResults) -> [[String: Any]] {
        results.uncoded.filter { $0.uncoded > 0 }.map { summary in
            [
                "dataset": summary.dataset, "uncoded": Format.count(summary.uncoded), "answers": Format.count(summary.answers),
                "pct": Format.percent(summary.pctUncoded),
                "words": summary.words.prefix(12).map { "\($0.text) (\(Format.count($0.answers)))" }.joined(separator: ", "),
                "phrases": summary.phrases.prefix(8).map { "\($0.text) (\(Format.count($0.answers)))" }.joined(separator: ", "),
            ]
        }
    }

    static func theme(_ result: ThemeResult) -> [String: Any] {
        [
            "indent": String(repeating: "↳ ", count: result.depth), "isTheme": result.depth == 0,
            "label": result.label, "codeID": result.codeID,
            "respondents": Format.count(result.total.respondents), "base": Format.count(result.total.base),
            "pct": Format.percent(result.total.pctRespondents), "segments": Format.count(result.total.segments),
        ]
    }

    static func addRejections(_ results: StudyResults, to context: inout [String: Any]) {
        let rejections = results.datasets.flatMap(\.rejections)
        context["hasRejections"] = !rejections.isEmpty
        context["rejectionCount"] = rejections.filter { $0.kind == .record }.count
        context["invalidCount"] = rejections.filter { $0.kind == .invalidValue }.count
        if rejections.count > rejectionsShown { context["rejectionsShownNote"] = rejectionsShown }
        context["rejections"] = rejections.prefix(rejectionsShown).map { rejection -> [String: Any] in
            ["location": rejection.location.description, "respondent": rejection.respondent ?? "–", "reason": rejection.reason]
        }
    }
}
