import EvidentModel

/// Says who a quote is from without saying who they are: the respondent's role or respondent
/// type (the data set's first attribute), then the data set's label — "Family support worker,
/// 2016", "Parent/carer, closure feedback 2016".
///
/// A Most Significant Change story is attributed by its storyteller's role ("Health visitor,
/// MSC story, 2017"), falling back to their group ("Partner").
///
/// A role held by fewer than `suppress_below` respondents in the data set would narrow a quote
/// down to a handful of people, so it is replaced by the group (stories) or the data set's
/// generic word ("Practitioner", "Parent or young person").
struct QuoteAttribution {
    private var labels: [String: String] = [:]
    private var generic: [String: String] = [:]
    private var rareRoles: [String: Set<String>] = [:]
    /// Per data set, per respondent: the role to show, before the rarity check.
    private var roles: [String: [String: String]] = [:]
    /// Per story data set, per respondent: the storyteller's group, the fallback for a rare role.
    private var groups: [String: [String: String]] = [:]
    /// Interview data sets: participants are quoted by pseudonym and attributes ("Kristy, 25–34,
    /// mum"), never by real name; each participant is already one person, so no rarity check.
    private var interviews: [String: TranscriptCollection] = [:]

    init(_ datasets: [Dataset], suppressBelow: Int) {
        for dataset in datasets {
            labels[dataset.id] = Self.label(for: dataset)
            if let transcripts = dataset.transcripts { interviews[dataset.id] = transcripts }
            generic[dataset.id] = Self.genericRole(for: dataset.kind)
            var byRespondent: [String: String] = [:]
            if let stories = dataset.stories?.stories {
                for story in stories {
                    byRespondent[story.id] = story.storyteller.role ?? story.storyteller.group.map(Self.capitalised) ?? ""
                    groups[dataset.id, default: [:]][story.id] = story.storyteller.group.map(Self.capitalised)
                }
            } else if !dataset.attributes.isEmpty {
                for respondent in dataset.respondents { byRespondent[respondent.id] = respondent.attributes[0].trimmedWhitespace }
            }
            var counts: [String: Int] = [:]
            for role in byRespondent.values { counts[role, default: 0] += 1 }
            rareRoles[dataset.id] = Set(counts.filter { $0.value < suppressBelow }.keys)
            roles[dataset.id] = byRespondent
        }
    }

    func describe(_ respondent: Respondent, in dataset: String) -> String {
        if let transcripts = interviews[dataset] {
            return [transcripts.attribution(for: respondent.id), labels[dataset] ?? dataset].joined(separator: ", ")
        }
        var role = roles[dataset]?[respondent.id] ?? ""
        if role.isEmpty || role.contains(";") || rareRoles[dataset]?.contains(role) == true || role.lowercased().hasPrefix("other") {
            role = groups[dataset]?[respondent.id] ?? generic[dataset] ?? "Respondent"
        }
        return [role, labels[dataset] ?? dataset].filter { !$0.isEmpty }.joined(separator: ", ")
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
        }
    }

    static func genericRole(for kind: DatasetKind) -> String {
        switch kind {
        case .practitionerSurvey: "Practitioner"
        case .serviceUserFeedback: "Parent or young person"
        case .mscStories: "Storyteller"
        case .interviews: "Participant"
        }
    }
}
