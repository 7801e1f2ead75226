import EvidentAnalysis
import EvidentModel

/// The interviews section: who took part (by group, suppressed like every published table),
/// each transcript by pseudonym with its turns, and the themes found across participants.
/// Quotes from interviews appear with every theme's quotes, attributed by pseudonym.
extension AppendixContext {
    static func interviews(_ results: StudyResults) -> [[String: Any]] {
        results.datasets.compactMap { dataset -> [String: Any]? in
            guard let collection = dataset.transcripts else { return nil }
            let groupColumn = collection.attributeNames.firstIndex { $0.lowercased() == "group" }
            var groups: [String] = []
            var counts: [String: Int] = [:]
            for participant in collection.participants where collection.transcripts.contains(where: { $0.participants.contains(participant.id) }) {
                let group = groupColumn.flatMap { participant.attributes.indices.contains($0) ? participant.attributes[$0] : nil } ?? ""
                let name = group.trimmedWhitespace.isEmpty ? "(not given)" : group
                if counts[name] == nil { groups.append(name) }
                counts[name, default: 0] += 1
            }
            let hidden = results.suppression.suppressed(groups.map { counts[$0] ?? 0 })
            let transcripts = collection.transcripts.map { transcript -> [String: Any] in
                let participantTurns = transcript.turns.filter { $0.role == .participant }.count
                return [
                    "who": transcript.participants.map { collection.participant($0)?.label ?? $0 }.joined(separator: ", "),
                    "format": transcript.format.rawValue, "turns": transcript.turns.count, "participantTurns": participantTurns,
                    "length": transcript.turns.last(where: { $0.timestamp != nil })?.timestamp ?? "–",
                    "status": transcript.status.rawValue,
                ]
            }
            let themes = results.themes.filter { $0.depth <= 1 }.compactMap { theme -> [String: Any]? in
                guard let count = theme.byDataset.first(where: { $0.dataset == dataset.id })?.count, count.respondents > 0 else { return nil }
                return [
                    "label": theme.label, "indent": theme.depth == 0 ? "" : "↳ ",
                    // A data set's own total, like the themes table: suppression is for subgroup cells.
                    "participants": "\(count.respondents) of \(count.base)",
                ]
            }
            return [
                "dataset": dataset.id,
                "participants": collection.participants.count, "transcriptCount": collection.transcripts.count,
                "groups": groups.enumerated().map { index, name -> [String: Any] in
                    ["name": name, "count": hidden[index] ? results.suppression.label : String(counts[name] ?? 0)]
                },
                "transcripts": transcripts,
                "themes": themes,
                "problems": collection.problems.map(\.description),
                "interviewers": collection.interviewers.joined(separator: ", "),
            ]
        }
    }
}
