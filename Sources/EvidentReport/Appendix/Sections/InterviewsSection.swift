import EvidentAnalysis
import EvidentModel

/// Interviews: who took part (by group, suppressed like every published table), each transcript
/// by pseudonym with its turns, and the themes found across participants. Quotes from
/// interviews appear with every theme's quotes, attributed by pseudonym.
enum InterviewsSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let blocks = input.results.datasets.flatMap { dataset -> [Block] in
            guard let collection = dataset.transcripts else { return [] }
            return self.collection(input, dataset, collection)
        }
        guard !blocks.isEmpty else { return [] }
        return [Section(id: "interviews", title: "Interviews", blocks: blocks)]
    }

    static func collection(_ input: AppendixInput, _ dataset: Dataset, _ collection: TranscriptCollection) -> [Block] {
        let results = input.results
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
        let groupTable = Table(
            caption: "Interview participants by group, \(input.labels.heading(dataset.id))",
            columns: [Column("Group"), Column("Participants", numeric: true)],
            rows: groups.enumerated().map { index, name in
                Row([Cell(name), .numeric(hidden[index] ? results.suppression.label : String(counts[name] ?? 0))])
            },
            style: "compact"
        )
        let themeIndexes = Dictionary(input.document.themes.enumerated().map { ($1.codeID, $0) }, uniquingKeysWith: { first, _ in first })
        let themeTable = Table(
            caption: "Themes across the interviews, \(input.labels.heading(dataset.id))",
            columns: [Column("Theme or code"), Column("Participants", numeric: true)],
            rows: results.themes.filter { $0.depth <= 1 }.compactMap { theme -> Row? in
                guard let count = theme.byDataset.first(where: { $0.dataset == dataset.id })?.count, count.respondents > 0 else { return nil }
                var label = Cell(theme.label)
                label.indent = theme.depth == 0 ? nil : "↳ "
                // A data set's own total, like the themes table: suppression is for subgroup cells.
                let source = themeIndexes[theme.codeID].map { "/themes/\($0)/by_dataset/\(dataset.id)/respondents" }
                return Row([label, .number("\(count.respondents) of \(count.base)", value: Double(count.respondents), source: source)], depth: theme.depth)
            },
            style: "compact"
        )
        let transcripts = Table(
            caption: "Interview transcripts, \(input.labels.heading(dataset.id))",
            columns: [
                Column("Transcript"), Column("Format"), Column("Turns", numeric: true), Column("Participant turns", numeric: true),
                Column("Last timestamp", numeric: true), Column("Status"),
            ],
            rows: collection.transcripts.map { transcript in
                Row([
                    Cell(transcript.participants.map { collection.participant($0)?.label ?? $0 }.joined(separator: ", ")),
                    Cell(transcript.format.rawValue), .numeric(String(transcript.turns.count)),
                    .numeric(String(transcript.turns.filter { $0.role == .participant }.count)),
                    .numeric(transcript.turns.last(where: { $0.timestamp != nil })?.timestamp ?? "–"), Cell(transcript.status.rawValue),
                ])
            },
            style: "compact"
        )
        var blocks: [Block] = [
            .paragraph(Paragraph(
                "\(collection.transcripts.count) transcripts (\(input.labels.heading(dataset.id))) with \(collection.participants.count) participants. Turns by \(collection.interviewers.joined(separator: ", ")) are kept but not coded; themes count participants, not turns. Participants are quoted by pseudonym, never by name.")),
            .pair(TablePair(first: groupTable, second: themeTable)),
            .table(transcripts),
        ]
        if !collection.problems.isEmpty {
            blocks.append(.list(ListBlock(style: "notes", items: collection.problems.map { Paragraph([.code($0.description)]) })))
        }
        return blocks
    }
}
