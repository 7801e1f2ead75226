import EvidentModel

/// Says who a quote is from without saying who they are: the respondent's role or respondent
/// type, then the data set's label — "Family support worker, 2016", "Parent/carer, closure
/// feedback 2016". Published evaluations attribute quotes the same way ("Parent feedback",
/// "Child/young person's feedback"), by what the person is, never by who.
///
/// The rule, for survey data sets:
/// 1. The role comes from the data set's **role attribute**: the first attribute whose name
///    asks what the respondent is (`Role`, `What is your role?`, `Job title`, `Who is
///    completing this form?`, `Respondent type`, `Are you a…`, `Which organisation do you work
///    for?`: ``isRoleAttribute(_:)``). Any other attribute — a locality, a service, a wave, a
///    district — says nothing about the person and is never used, whatever its position (so a
///    first breakdown of `Locality` answered "N/A" never gives "— N/A, 2022").
/// 2. The generic word for the data set's kind stands in ("Practitioner", "Parent or young
///    person") when there is no role attribute, or the respondent's role is blank, a
///    non-answer (`N/A`, `Prefer not to say`, `Unknown`), an "Other…" answer, several options,
///    or held by fewer than `suppress_below` respondents in the data set (it would narrow a
///    quote down to a handful of people).
/// 3. The label follows: the wave for a practitioner survey, "closure feedback" and the wave
///    for service-user feedback.
///
/// A Most Significant Change story is attributed by its storyteller's role ("Health visitor,
/// MSC story, 2017"), falling back to their group ("Partner") under the same rarity rule.
/// Interview participants are quoted by pseudonym and attributes ("Kristy, 25–34, mum").
struct QuoteAttribution {
    private var labels: [String: String] = [:]
    private var generic: [String: String] = [:]
    private var rareRoles: [String: Set<String>] = [:]
    /// Per survey data set with a role attribute: its position among the attributes.
    private var roleAttribute: [String: Int] = [:]
    /// Per story data set, per story: the storyteller's role (or group), and their group, the
    /// fallback for a rare role.
    private var storyRoles: [String: [String: String]] = [:]
    private var groups: [String: [String: String]] = [:]
    /// Interview data sets: participants are quoted by pseudonym and attributes ("Kristy, 25–34,
    /// mum"), never by real name; each participant is already one person, so no rarity check.
    private var interviews: [String: TranscriptCollection] = [:]

    /// Attribution for the study's data sets, given how many respondents gave each attribute value
    /// (`QuoteMaterial.attributeValues`: per data set, per attribute, value as written and
    /// trimmed → respondents), which says which roles are rare.
    init(_ datasets: [Dataset], attributeValues: [String: [[String: Int]]], suppressBelow: Int) {
        for dataset in datasets {
            labels[dataset.id] = Self.label(for: dataset)
            if let transcripts = dataset.transcripts { interviews[dataset.id] = transcripts }
            generic[dataset.id] = Self.genericRole(for: dataset.kind)
            var counts: [String: Int] = [:]
            if let stories = dataset.stories?.stories {
                var byStory: [String: String] = [:]
                for story in stories {
                    byStory[story.id] = story.storyteller.role ?? story.storyteller.group.map(Self.capitalised) ?? ""
                    groups[dataset.id, default: [:]][story.id] = story.storyteller.group.map(Self.capitalised)
                }
                for role in byStory.values { counts[role, default: 0] += 1 }
                storyRoles[dataset.id] = byStory
            } else if let role = dataset.attributes.firstIndex(where: Self.isRoleAttribute) {
                roleAttribute[dataset.id] = role
                let values = attributeValues[dataset.id] ?? []
                if role < values.count {
                    for (value, respondents) in values[role] { counts[Self.shown(value), default: 0] += respondents }
                }
            }
            rareRoles[dataset.id] = Set(counts.filter { $0.value < suppressBelow }.keys)
        }
    }

    /// Attribution for data sets held whole (their respondents' attributes counted here).
    init(_ datasets: [Dataset], suppressBelow: Int) {
        var values: [String: [[String: Int]]] = [:]
        for dataset in datasets {
            var counts = dataset.attributes.map { _ in [String: Int]() }
            for respondent in dataset.respondents {
                for (index, value) in respondent.attributes.enumerated() where index < counts.count {
                    counts[index][value.trimmedWhitespace, default: 0] += 1
                }
            }
            values[dataset.id] = counts
        }
        self.init(datasets, attributeValues: values, suppressBelow: suppressBelow)
    }

    func describe(_ respondent: Respondent, in dataset: String) -> String {
        if let transcripts = interviews[dataset] {
            return [transcripts.attribution(for: respondent.id), labels[dataset] ?? dataset].joined(separator: ", ")
        }
        var role = storyRoles[dataset]?[respondent.id] ?? ""
        if let index = roleAttribute[dataset], index < respondent.attributes.count {
            role = Self.shown(respondent.attributes[index].trimmedWhitespace)
        }
        if role.isEmpty || role.contains(";") || rareRoles[dataset]?.contains(role) == true || role.lowercased().hasPrefix("other")
            || Self.nonAnswers.contains(role.lowercased())
        {
            role = groups[dataset]?[respondent.id] ?? generic[dataset] ?? "Respondent"
        }
        return [role, labels[dataset] ?? dataset].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// Whether an attribute's name asks what the respondent is: their role, job, profession,
    /// organisation, or who is answering.
    static func isRoleAttribute(_ name: String) -> Bool {
        let words = name.lowercased().split { !$0.isLetter }.map(String.init)
        let text = " " + words.joined(separator: " ") + " "
        if words.contains(where: roleWords.contains) { return true }
        return rolePhrases.contains { text.contains(" \($0) ") }
    }

    private static let roleWords: Set<String> = [
        "role", "roles", "job", "profession", "occupation", "respondent", "organisation", "organization",
        "agency", "discipline", "relationship", "capacity",
    ]

    private static let rolePhrases = [
        "who is completing", "who are you", "are you a", "are you the", "i am a", "you are a", "staff group", "type of staff",
        "work for", "which service do you work", "completing this form", "filling in", "your connection",
    ]

    /// Role values that say nothing about the person.
    private static let nonAnswers: Set<String> = [
        "n/a", "na", "none", "-", "unknown", "not known", "not given", "prefer not to say", "rather not say", "not applicable", "?",
    ]

    /// A role as a reader expects it: ODK's choice names in words (`young_person` → "Young
    /// person"), the first letter a capital ("parent" → "Parent").
    static func shown(_ role: String) -> String {
        let words = role.allSatisfy { !$0.isUppercase } && role.contains("_") ? role.replacingUnderscores : role
        return capitalised(words)
    }

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    static func label(for dataset: Dataset) -> String {
        switch dataset.kind {
        case .practitionerSurvey: return dataset.wave ?? "practitioner survey"
        case .serviceUserFeedback: return ["closure feedback", dataset.wave].compactMap { $0 }.joined(separator: " ")
        case .mscStories: return ["MSC story", dataset.wave].compactMap { $0 }.joined(separator: ", ")
        case .interviews: return ["interview", dataset.wave].compactMap { $0 }.joined(separator: ", ")
        case .outcomeReadings, .caseOutcomes: return ["case record", dataset.wave].compactMap { $0 }.joined(separator: ", ")
        }
    }

    static func genericRole(for kind: DatasetKind) -> String {
        switch kind {
        case .practitionerSurvey: "Practitioner"
        case .serviceUserFeedback: "Parent or young person"
        case .mscStories: "Storyteller"
        case .interviews: "Participant"
        case .outcomeReadings, .caseOutcomes: "Worker"
        }
    }
}

extension String {
    /// `_` as spaces.
    fileprivate var replacingUnderscores: String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
