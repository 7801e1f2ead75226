import EvidentAnalysis
import EvidentAnonymisation
import EvidentModel

/// What the appendix is built from: the analysis, its output rows (the same values
/// `results.json` holds, so a table cell can point at its figure there), the quotes and stories
/// already anonymised, the charts, and what the run measured besides.
struct AppendixInput {
    var results: StudyResults
    var document: ResultsDocument
    var quotes: [Quote]
    var stories: [RedactedStory]
    var charts: AppendixCharts
    var redactions: RedactionSummary
    var agreement: StudyAgreement?
    var version: String
    var stamp: String?

    /// Readers' names for the manifest's ids.
    var labels: StudyLabels { StudyLabels(results.spec) }

    /// Each output row's position in its array of `results.json`, for the cells' JSON pointers.
    func itemIndex(dataset: String, itemID: String) -> Int? {
        document.items.firstIndex { $0.dataset == dataset && $0.itemID == itemID }
    }
}

/// A Most Significant Change story's published text, anonymised before the appendix is built
/// (so the redaction counts in `results.json` include it).
struct RedactedStory {
    var dataset: String
    var id: String
    var title: String
    var text: String
    var significance: String?
    /// Per selection, in order: its reasons.
    var reasons: [[String]]

    /// Every selected story of every collection, anonymised with `redact`.
    static func all(_ results: StudyResults, redact: (String, Respondent?) -> String) -> [RedactedStory] {
        results.stories.flatMap { result in
            let respondents = Dictionary(
                (results.datasets.first { $0.id == result.dataset }?.respondents ?? []).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first }
            )
            return result.selected.map { story in
                let respondent = respondents[story.id]
                return RedactedStory(
                    dataset: result.dataset, id: story.id, title: story.title.map { redact($0, respondent) } ?? "Story \(story.id)",
                    text: redact(story.text, respondent), significance: story.significance.map { redact($0, respondent) },
                    reasons: story.selections.map { $0.reasons.map { redact($0, respondent) } }
                )
            }
        }
    }
}
