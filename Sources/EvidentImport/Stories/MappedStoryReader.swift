import EvidentModel

/// Reads stories from rows whose columns a `StoryMapping` names: a CSV file's records or ODK
/// submissions flattened by element path (`FieldTable`).
struct MappedStoryReader {
    private let columnCount: Int
    private let id: Int?
    private let title: Int?
    private let domain: Int
    private let group: Int?
    private let role: Int?
    private let storyteller: Int?
    private let text: Int
    private let significance: Int?
    private let consent: Int?
    private let collected: Int?
    private let selectedLevel: Int?
    private let selected: Int?
    private let reasons: Int?
    private let levels: [(level: String, selected: Int?, reasons: Int?)]
    private let extra: [(name: String, column: Int)]

    /// Resolves every mapped column; throws naming the manifest line when one is not in the file.
    init(mapping: StoryMapping, columns: [ColumnHeader], attributes: [String], file: String, declaredAt: SourceLocation) throws(InputError) {
        let at = mapping.declaredAt ?? declaredAt
        let resolver = ColumnResolver(columns: columns, file: file)
        columnCount = columns.count
        func find(_ name: String?, _ key: String) throws(InputError) -> Int? {
            guard let name else { return nil }
            return try resolver.index(of: name, for: "stories: \(key)", declaredAt: at)
        }
        id = try find(mapping.id, "id")
        title = try find(mapping.title, "title")
        domain = try resolver.index(of: mapping.domain, for: "stories: domain", declaredAt: at)
        group = try find(mapping.group, "group")
        role = try find(mapping.role, "role")
        storyteller = try find(mapping.storyteller, "storyteller")
        text = try resolver.index(of: mapping.text, for: "stories: text", declaredAt: at)
        significance = try find(mapping.significance, "significance")
        consent = try find(mapping.consent, "consent")
        collected = try find(mapping.collected, "collected")
        selectedLevel = try find(mapping.selectedLevel, "selected_level")
        selected = try find(mapping.selected, "selected")
        reasons = try find(mapping.reasons, "reasons")
        var levels: [(String, Int?, Int?)] = []
        for entry in mapping.selections {
            levels.append((entry.level, try find(entry.selected, "selections: \(entry.level): selected"),
                           try find(entry.reasons, "selections: \(entry.level): reasons")))
        }
        self.levels = levels
        var extra: [(String, Int)] = []
        for name in attributes where !StoryDataset.fields.contains(name) {
            extra.append((name, try resolver.index(of: name, for: "attribute '\(name)'", declaredAt: declaredAt)))
        }
        self.extra = extra
    }

    /// One row as a story, or its refusal when its field count is not the header's.
    func entry(_ row: FieldTable.Row, number: Int) -> StoryChecker.Entry {
        let fields = row.fields
        func value(_ index: Int?) -> String? {
            guard let index, fields.indices.contains(index) else { return nil }
            return fields[index]
        }
        let storyID = id.map { value($0)?.trimmedWhitespace ?? "" } ?? String(number)
        guard fields.count == columnCount else {
            return .refused(
                SourceLocation(file: row.file, line: row.line), id: storyID.isEmpty ? nil : storyID,
                reason: "story has \(fields.count) fields where the header has \(columnCount)"
            )
        }
        var story = StoryCandidate(file: row.file, line: row.line)
        story.id = storyID
        story.title = value(title)
        story.domain = value(domain)?.trimmedWhitespace
        story.collected = StoryCandidate.nonBlank(value(collected))
        story.storyteller = Storyteller(
            group: StoryCandidate.nonBlank(value(group)), role: StoryCandidate.nonBlank(value(role)),
            name: StoryCandidate.nonBlank(value(storyteller))
        )
        story.text = value(text)
        story.significance = value(significance)
        story.consent = StoryCandidate.nonBlank(value(consent))
        if let level = StoryCandidate.nonBlank(value(selectedLevel)) {
            story.selections.append(Selection(
                level: level, selected: value(selected).flatMap(StoryCandidate.decision),
                reasons: [StoryCandidate.nonBlank(value(reasons))].compactMap { $0 }
            ))
        }
        for entry in levels {
            let decision = value(entry.selected).flatMap(StoryCandidate.decision)
            let reason = StoryCandidate.nonBlank(value(entry.reasons))
            guard decision != nil || reason != nil else { continue }
            story.selections.append(Selection(level: entry.level, selected: decision, reasons: [reason].compactMap { $0 }))
        }
        for (name, column) in extra { story.extraAttributes[name] = fields[column].trimmedWhitespace }
        return .story(story)
    }
}
