import EvidentAnalysis
import EvidentModel

/// The values the appendix templates show, formatted for reading (rounded here, and only here).
enum AppendixContext {
    /// How many rejections the appendix lists before pointing to `rejections.csv`.
    static let rejectionsShown = 50

    static func build(_ results: StudyResults, version: String) -> [String: Any] {
        var context: [String: Any] = [
            "title": results.spec.title,
            "version": version,
            "datasetCount": results.datasets.count,
            "codebookName": results.codebook?.name ?? "(none)",
            "suppressBelow": results.spec.suppressBelow,
        ]
        if let organisation = results.spec.organisation { context["organisation"] = organisation }
        if let version = results.codebook?.version { context["codebookVersion"] = version }
        context["datasets"] = results.datasets.map(dataset)
        let notes = results.datasets.flatMap { dataset in dataset.diagnostics.map { "\(dataset.id): \($0.message)" } }
        context["notes"] = notes
        context["hasNotes"] = !notes.isEmpty
        var number = 2
        var sections: [[String: Any]] = []
        for dataset in results.datasets where !dataset.items.isEmpty {
            let items = results.items.filter { $0.dataset == dataset.id }
            var scales: [Scale] = []
            for item in items where !scales.contains(where: { $0.id == item.item.scale.id }) { scales.append(item.item.scale) }
            sections.append([
                "number": number,
                "heading": heading(for: dataset),
                "items": items.map(item),
                "positiveRules": scales.map { "\($0.id): \($0.positiveRule)" }.joined(separator: "; "),
            ])
            number += 1
        }
        context["itemSections"] = sections
        context["themesNumber"] = number
        context["hasThemes"] = !results.themes.isEmpty
        context["themes"] = results.themes.map(theme)
        context["coverage"] = results.coverage.map { coverage -> [String: Any] in
            [
                "dataset": coverage.dataset, "answers": Format.count(coverage.answers), "coded": Format.count(coverage.coded),
                "uncoded": Format.count(coverage.uncoded), "pctUncoded": Format.percent(coverage.pctUncoded),
            ]
        }
        let rejections = results.datasets.flatMap(\.rejections)
        context["rejectionsNumber"] = number + 1
        context["hasRejections"] = !rejections.isEmpty
        context["rejectionCount"] = rejections.filter { $0.kind == .record }.count
        context["invalidCount"] = rejections.filter { $0.kind == .invalidValue }.count
        if rejections.count > rejectionsShown { context["rejectionsShownNote"] = rejectionsShown }
        context["rejections"] = rejections.prefix(rejectionsShown).map { rejection -> [String: Any] in
            ["location": rejection.location.description, "respondent": rejection.respondent ?? "–", "reason": rejection.reason]
        }
        context["methodNumber"] = number + 2
        return context
    }

    static func heading(for dataset: Dataset) -> String {
        let wave = dataset.wave.map { " (\($0))" } ?? ""
        switch dataset.kind {
        case .practitionerSurvey: return "Practitioner confidence: \(dataset.id)\(wave)"
        case .serviceUserFeedback: return "Service-user feedback: \(dataset.id)\(wave)"
        case .mscStories, .interviews: return "Closed questions: \(dataset.id)\(wave)"
        }
    }

    private static func dataset(_ dataset: Dataset) -> [String: Any] {
        [
            "id": dataset.id, "kind": dataset.kind.rawValue, "wave": dataset.wave ?? "–", "file": dataset.file,
            "format": dataset.format.rawValue, "encoding": dataset.encoding,
            "rowsRead": Format.count(dataset.accounting.rowsRead), "complete": Format.count(dataset.accounting.complete),
            "partial": Format.count(dataset.accounting.partial), "rejected": Format.count(dataset.accounting.rejected),
            "invited": dataset.invited.map(Format.count) ?? "–", "responseRate": Format.percent(dataset.responseRate),
        ]
    }

    private static func item(_ result: ItemResult) -> [String: Any] {
        let places = result.item.scale.maxScore - result.item.scale.minScore > 20 ? 1 : 2
        return [
            "label": result.item.label + (result.item.reverse ? " (reversed)" : ""), "scale": result.item.scale.id,
            "n": Format.count(result.n), "missing": Format.count(result.missing), "invalid": Format.count(result.invalid),
            "mean": Format.decimal(result.summary.mean, places), "meanCI": Format.interval(result.meanCI, places),
            "median": Format.decimal(result.summary.median, places == 1 ? 0 : 1),
            "pctPositive": Format.percent(result.pctPositive), "pctPositiveCI": Format.interval(result.pctPositiveCI),
        ]
    }

    private static func theme(_ result: ThemeResult) -> [String: Any] {
        [
            "indent": String(repeating: "↳ ", count: result.depth),
            "label": result.label, "codeID": result.codeID,
            "respondents": Format.count(result.total.respondents), "base": Format.count(result.total.base),
            "pct": Format.percent(result.total.pctRespondents), "segments": Format.count(result.total.segments),
        ]
    }
}
