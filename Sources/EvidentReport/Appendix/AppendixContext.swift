import EvidentAnalysis
import EvidentModel

/// The values the appendix templates show, formatted for reading (rounded here, and only here),
/// shared by the Markdown and HTML templates so both say the same thing.
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
            "suppressedLabel": results.suppression.label,
        ]
        if let organisation = results.spec.organisation { context["organisation"] = organisation }
        if let version = results.codebook?.version { context["codebookVersion"] = version }
        context["datasets"] = results.datasets.map { dataset(results, $0) }
        let notes = results.datasets.flatMap { dataset in dataset.diagnostics.map { "\(dataset.id): \($0.message)" } }
            + results.composites.filter { $0.alpha.value != nil && $0.alphaIsLow }.map {
                "\($0.dataset): Cronbach's alpha for the composite is \(Format.decimal($0.alpha.value, 2)), under 0.7: the items may not measure one thing"
            }
        context["notes"] = notes
        context["hasNotes"] = !notes.isEmpty
        var sections = SectionNumbers()
        context["sourcesNumber"] = sections.next()
        context["itemSections"] = results.datasets.filter { !$0.items.isEmpty }.map { itemSection(results, $0, number: sections.next()) }
        if !results.changes.isEmpty {
            context["changesNumber"] = sections.next()
            context["changes"] = results.changes.map(change)
            context["hasChanges"] = true
        }
        let breakdowns = breakdownTables(results, items: true)
        if !breakdowns.isEmpty {
            context["breakdownsNumber"] = sections.next()
            context["itemBreakdowns"] = breakdowns
        }
        context["themesNumber"] = sections.next()
        addThemes(results, to: &context)
        context["rejectionsNumber"] = sections.next()
        addRejections(results, to: &context)
        context["methodNumber"] = sections.next()
        return context
    }

    private static func dataset(_ results: StudyResults, _ dataset: Dataset) -> [String: Any] {
        let rate = results.responseRate(of: dataset)
        return [
            "id": dataset.id, "kind": dataset.kind.rawValue, "wave": dataset.wave ?? "–", "file": dataset.file,
            "format": dataset.format.rawValue, "encoding": dataset.encoding,
            "rowsRead": Format.count(dataset.accounting.rowsRead), "complete": Format.count(dataset.accounting.complete),
            "partial": Format.count(dataset.accounting.partial), "rejected": Format.count(dataset.accounting.rejected),
            "invited": dataset.invited.map(Format.count) ?? "–",
            "responseRate": Format.percent(dataset.responseRate) + (rate.map { " (" + Format.interval($0.percentInterval) + ")" } ?? ""),
        ]
    }

    static func heading(for dataset: Dataset) -> String {
        let wave = dataset.wave.map { ", \($0)" } ?? ""
        switch dataset.kind {
        case .practitionerSurvey: return "Practitioner confidence (\(dataset.id)\(wave))"
        case .serviceUserFeedback: return "Service-user feedback (\(dataset.id)\(wave))"
        case .mscStories, .interviews: return "Closed questions (\(dataset.id)\(wave))"
        }
    }
}

/// Numbers the appendix's sections in order, skipping sections that have nothing to show.
struct SectionNumbers {
    private var current = 0

    mutating func next() -> Int {
        current += 1
        return current
    }
}
