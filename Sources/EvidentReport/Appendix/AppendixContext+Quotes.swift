import EvidentAnalysis
import EvidentAnonymisation
import EvidentModel

/// Themes with their definitions, their codes, and the quotes chosen for each.
extension AppendixContext {
    static func quoteThemes(_ results: StudyResults, quotes: [Quote]) -> [[String: Any]] {
        guard let codebook = results.codebook else { return [] }
        let byCode = Dictionary(grouping: quotes, by: \.codeID)
        let counts = Dictionary(uniqueKeysWithValues: results.themes.map { ($0.codeID, $0) })
        func figures(_ id: String) -> [String: Any] {
            guard let theme = counts[id] else { return [:] }
            return [
                "respondents": Format.count(theme.total.respondents), "base": Format.count(theme.total.base),
                "pct": Format.percent(theme.total.pctRespondents),
            ]
        }
        func quoteList(_ id: String) -> [[String: Any]] {
            (byCode[id] ?? []).map { ["text": $0.text, "attribution": $0.attribution] }
        }
        return codebook.themes.map { theme in
            var entry: [String: Any] = ["codeID": theme.id, "label": theme.label, "quotes": theme.codes.isEmpty ? quoteList(theme.id) : []]
            if let definition = theme.definition { entry["definition"] = definition }
            entry.merge(figures(theme.id)) { first, _ in first }
            entry["codes"] = theme.codes.map { code -> [String: Any] in
                var item: [String: Any] = ["label": code.label, "quotes": quoteList(code.id)]
                if let definition = code.definition { item["definition"] = definition }
                item.merge(figures(code.id)) { first, _ in first }
                return item
            }
            return entry
        }
    }

    /// "12 names, 3 email addresses and 2 phone numbers replaced in 15 of 240 quotes".
    static func redactionSummary(_ summary: RedactionSummary) -> String {
        let words: [RedactionKind: (String, String)] = [
            .name: ("name", "names"), .email: ("email address", "email addresses"), .phone: ("phone number", "phone numbers"),
            .postcode: ("postcode", "postcodes"), .date: ("date", "dates"), .number: ("NHS number", "NHS numbers"),
            .address: ("address", "addresses"),
        ]
        let parts = summary.entries.filter { $0.count > 0 }.map { entry -> String in
            let (one, many) = words[entry.kind] ?? (entry.kind.rawValue, entry.kind.rawValue)
            return "\(entry.count) \(entry.count == 1 ? one : many)"
        }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "") : (parts.first ?? "nothing")
        return "\(list) replaced in \(summary.textsChanged) of \(summary.texts) quoted texts"
    }
}
