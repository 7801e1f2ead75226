import EvidentAnalysis
import EvidentAnonymisation
import EvidentModel

/// The values the appendix templates show, formatted for reading (rounded here, and only here),
/// shared by the Markdown and HTML templates so both say the same thing.
enum AppendixContext {
    /// How many rejections the appendix lists before pointing to `rejections.csv`.
    static let rejectionsShown = 50

    /// What the appendix shows besides the results themselves.
    struct Extras {
        var quotes: [Quote] = []
        var charts: AppendixCharts?
        var redactions = RedactionSummary()
        /// The Most Significant Change section per story data set, already anonymised.
        var stories: [[String: Any]] = []
    }

    static func build(_ results: StudyResults, version: String, extras: Extras = Extras()) -> [String: Any] {
        var context: [String: Any] = [
            "title": results.spec.title,
            "version": version,
            "datasetCount": results.datasets.count,
            "codebookName": results.codebook?.name ?? "(none)",
            "codeCount": results.codebook?.allCodes.count ?? 0,
            "segmentUnit": results.codebook?.options.segment == .response ? "whole answers" : "sentences",
            "suppressBelow": results.spec.suppressBelow,
            "suppressedLabel": results.suppression.label,
            "quotesPerTheme": results.spec.quotesPerTheme,
        ]
        if let organisation = results.spec.organisation { context["organisation"] = organisation }
        if let version = results.codebook?.version { context["codebookVersion"] = version }
        context["datasets"] = results.datasets.map { dataset(results, $0) }
        let notes = results.datasets.flatMap { dataset in
            Diagnostic.grouped(dataset.diagnostics).map { "\(dataset.id): \($0.first.summarised(count: $0.count))" }
        }
            + results.composites.filter { $0.alpha.value != nil && $0.alphaIsLow }.map {
                "\($0.dataset): Cronbach's alpha for the composite is \(Format.decimal($0.alpha.value, 2)), under 0.7: the items may not measure one thing"
            }
            + heldBackNotes(results)
        context["notes"] = notes
        context["hasNotes"] = !notes.isEmpty
        let headlines = self.headlines(results)
        context["headlines"] = headlines
        context["hasHeadlines"] = !headlines.isEmpty
        var sections = SectionNumbers()
        var contents: [[String: Any]] = []
        func open(_ title: String, anchor: String) -> Int {
            let number = sections.next()
            contents.append(["title": "\(number). \(title)", "anchor": anchor])
            return number
        }
        context["sourcesNumber"] = open("Sources", anchor: "sources")
        context["itemSections"] = results.datasets.filter { !$0.items.isEmpty }.map { dataset -> [String: Any] in
            let anchor = "items-" + ReportFolder.safeName(dataset.id)
            var section = itemSection(results, dataset, number: open(heading(for: dataset), anchor: anchor))
            section["anchor"] = ReportFolder.safeName(dataset.id)
            section["charts"] = (extras.charts?.items[dataset.id] ?? []).map(chartContext)
            return section
        }
        if !results.changes.isEmpty {
            context["changesNumber"] = open("Change since the last wave", anchor: "changes")
            context["changes"] = results.changes.map(change)
            context["hasChanges"] = true
            context["changesCharts"] = (extras.charts?.changes ?? []).map(chartContext)
        }
        let breakdowns = breakdownTables(results, items: true)
        if !breakdowns.isEmpty {
            context["breakdownsNumber"] = open("Results by group", anchor: "groups")
            context["itemBreakdowns"] = breakdowns
        }
        context["themesNumber"] = open("Themes in free text", anchor: "themes")
        addThemes(results, to: &context)
        context["themesChart"] = extras.charts?.themes.map(chartContext)
        context["quoteThemes"] = quoteThemes(results, quotes: extras.quotes)
        let interviews = self.interviews(results)
        if !interviews.isEmpty {
            context["interviewsSection"] = ["number": open("Interviews", anchor: "interviews"), "collections": interviews]
        }
        if !extras.stories.isEmpty {
            context["storiesSection"] = ["number": open("Most Significant Change stories", anchor: "stories"), "collections": extras.stories]
        }
        context["codingNumber"] = open("Coding notes", anchor: "coding")
        context["hasRedactions"] = extras.redactions.texts > 0
        context["redactionSummary"] = redactionSummary(extras.redactions)
        context["rejectionsNumber"] = open("Rejected records and invalid values", anchor: "rejections")
        addRejections(results, to: &context)
        context["methodNumber"] = open("Method notes", anchor: "method")
        context["contents"] = contents
        return context
    }

    static func chartContext(_ chart: AppendixCharts.Chart) -> [String: Any] {
        ["svg": chart.inline, "caption": chart.caption, "file": "charts/" + chart.file]
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
        case .mscStories, .interviews, .outcomeReadings, .caseOutcomes: return "Closed questions (\(dataset.id)\(wave))"
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
