import EvidentAnalysis
import EvidentModel

/// The Most Significant Change section: counts by domain and storyteller group, how far the
/// panels took the stories, each selected story in full (anonymised) with the panel's reasons,
/// and the themes found across the stories.
extension AppendixContext {
    static func stories(_ results: StudyResults, redact: (String, Respondent?) -> String) -> [[String: Any]] {
        let labels = Dictionary((results.codebook?.allCodes ?? []).map { ($0.code.id, $0.code.label) }, uniquingKeysWith: { first, _ in first })
        return results.stories.map { result in
            let respondents = Dictionary(
                (results.datasets.first { $0.id == result.dataset }?.respondents ?? []).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first }
            )
            let total = result.stories.count
            func share(_ count: Int) -> String { Format.percent(ProportionEstimate(successes: count, total: total).percent, 0) }
            let themes = results.themes.filter { $0.depth <= 1 }.compactMap { theme -> [String: Any]? in
                guard let count = theme.byDataset.first(where: { $0.dataset == result.dataset })?.count, count.respondents > 0 else { return nil }
                return [
                    "label": theme.label, "indent": theme.depth == 0 ? "" : "↳ ", "stories": count.respondents,
                    "pct": Format.percent(count.pctRespondents, 0),
                ]
            }
            return [
                "dataset": result.dataset,
                "collection": result.collection ?? result.dataset,
                "total": Format.count(total),
                "read": Format.count(results.datasets.first { $0.id == result.dataset }?.accounting.rowsRead ?? total),
                "rejected": Format.count(results.datasets.first { $0.id == result.dataset }?.accounting.rejected ?? 0),
                "selectedCount": Format.count(result.selected.count),
                "byDomain": result.byDomain.map { ["label": result.domainLabels[$0.label] ?? $0.label, "stories": $0.stories, "pct": share($0.stories)] },
                "byGroup": result.byGroup.map { ["label": $0.label, "stories": $0.stories, "pct": share($0.stories)] },
                "levels": result.levels.map { ["level": $0.level, "considered": $0.considered, "selected": $0.selected] },
                "themes": themes,
                "selected": result.selected.map { story -> [String: Any] in
                    let respondent = respondents[story.id]
                    var entry: [String: Any] = [
                        "id": story.id, "title": story.title.map { redact($0, respondent) } ?? "Story \(story.id)",
                        "domain": result.domainLabels[story.domain] ?? story.domain,
                        "storyteller": [story.storyteller.role, story.storyteller.group].compactMap { $0 }.joined(separator: ", "),
                        "text": redact(story.text, respondent),
                        "selections": story.selections.map { selection -> [String: Any] in
                            [
                                "level": selection.level,
                                "decision": selection.selected == true ? "selected" : (selection.selected == false ? "not selected" : "no decision recorded"),
                                "reasons": selection.reasons.map { redact($0, respondent) },
                            ]
                        },
                        "codes": (result.codes[story.id] ?? []).map { labels[$0] ?? $0 }.joined(separator: "; "),
                    ]
                    if let collected = story.collected { entry["collected"] = collected }
                    if let significance = story.significance { entry["significance"] = redact(significance, respondent) }
                    return entry
                },
            ]
        }
    }
}
