import EvidentModel

/// Makes a `Dataset` of kind `msc-stories` from checked stories: each story is a respondent
/// (id and line its own) whose free-text answers are the story and its significance, with the
/// data set's attributes read from story fields, and the stories themselves in `stories`.
enum StoryDataset {
    /// The two free-text questions every story answers (results-json spec: `text`, `significance`).
    static let questions = [
        Question(id: "text", text: "The story of change"),
        Question(id: "significance", text: "Why the storyteller thinks it significant"),
    ]

    /// Story fields a data set's `attributes` may name.
    static let fields = ["domain", "group", "role", "title", "collected", "level", "selected"]

    /// Where the stories came from, for the `Dataset`.
    struct Source {
        var file: String
        var format: ExportFormat
        var encoding: String
        var sha256: String
        /// Column names of a mapped source, which attributes may also name.
        var columns: [String] = []
    }

    /// Throws when an attribute names neither a story field nor (for mapped sources) a column.
    static func make(
        _ spec: DatasetSpec, name: String?, outcome: StoryChecker.Outcome, source: Source, diagnostics: [Diagnostic]
    ) throws(InputError) -> Dataset {
        for attribute in spec.attributes where !fields.contains(attribute) && !source.columns.contains(attribute) {
            throw InputError(
                "attribute '\(attribute)' is not a story field", at: spec.declaredAt,
                help: "story data sets can be broken down by \(fields.joined(separator: ", "))"
            )
        }
        var notes = diagnostics
        if let items = spec.items, !items.isEmpty {
            notes.append(.warning("msc-stories data sets have no scale items; the \(items.count) listed are ignored", at: spec.declaredAt))
        }
        let respondents = zip(outcome.stories, outcome.extraAttributes).map { story, extra in
            var respondent = Respondent(
                id: story.id, line: story.line,
                attributes: spec.attributes.map { value(of: $0, in: story) ?? extra[$0] ?? "" },
                values: [], answers: [story.text, story.significance ?? ""], status: .complete,
                personalDetails: [story.storyteller.name].compactMap { $0 }
            )
            respondent.consent = story.consent
            return respondent
        }
        return Dataset(
            id: spec.id, kind: .mscStories, wave: spec.wave, file: source.file, format: source.format,
            encoding: source.encoding, sha256: source.sha256, invited: spec.invited, attributes: spec.attributes,
            items: [], questions: questions, respondents: respondents, accounting: outcome.accounting,
            rejections: outcome.rejections, diagnostics: notes,
            stories: StoryCollection(name: name, domains: outcome.domains, stories: outcome.stories)
        )
    }

    /// A story field's value as an attribute: `level` is the highest level that selected the
    /// story (blank when none), `selected` is `yes` or `no`.
    static func value(of field: String, in story: Story) -> String? {
        switch field {
        case "domain": story.domain
        case "group": story.storyteller.group ?? ""
        case "role": story.storyteller.role ?? ""
        case "title": story.title ?? ""
        case "collected": story.collected ?? ""
        case "level": story.highestSelectedLevel ?? ""
        case "selected": story.isSelected ? "yes" : "no"
        default: nil
        }
    }
}
