import EvidentModel

/// Says who a quote is from without saying who they are: the respondent's role or respondent
/// type (the data set's first attribute), then the data set's label — "Family support worker,
/// 2016", "Parent/carer, closure feedback 2016".
///
/// A role held by fewer than `suppress_below` respondents in the data set would narrow a quote
/// down to a handful of people, so it is replaced by the data set's generic word
/// ("Practitioner", "Parent or young person").
struct QuoteAttribution {
    private var labels: [String: String] = [:]
    private var generic: [String: String] = [:]
    private var rareRoles: [String: Set<String>] = [:]

    init(_ datasets: [Dataset], suppressBelow: Int) {
        for dataset in datasets {
            labels[dataset.id] = Self.label(for: dataset)
            generic[dataset.id] = Self.genericRole(for: dataset.kind)
            guard !dataset.attributes.isEmpty else { continue }
            var counts: [String: Int] = [:]
            for respondent in dataset.respondents { counts[respondent.attributes[0].trimmedWhitespace, default: 0] += 1 }
            rareRoles[dataset.id] = Set(counts.filter { $0.value < suppressBelow }.keys)
        }
    }

    func describe(_ respondent: Respondent, in dataset: String) -> String {
        var role = respondent.attributes.first?.trimmedWhitespace ?? ""
        if role.isEmpty || role.contains(";") || rareRoles[dataset]?.contains(role) == true || role.lowercased().hasPrefix("other") {
            role = generic[dataset] ?? "Respondent"
        }
        return [role, labels[dataset] ?? dataset].filter { !$0.isEmpty }.joined(separator: ", ")
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
