extension OutcomeTool {
    /// Tools every study has without defining them.
    public static let builtIn: [OutcomeTool] = [familyStarPlus]

    /// Family Star Plus (Triangle Consulting, Burns & MacKeith 2013): ten domains rated 1–10 in
    /// whole numbers at the start and at reviews, on a five-stage Journey of Change — Stuck
    /// (1–2), Accepting help (3–4), Trying (5–6), Finding what works (7–8), Effective parenting
    /// (9–10). Domain columns are found by label or id unless the manifest maps them.
    public static let familyStarPlus = OutcomeTool(
        id: "family-star-plus", name: "Family Star Plus",
        domains: [
            OutcomeDomain(id: "physical-health", label: "Physical health"),
            OutcomeDomain(id: "well-being", label: "Your well-being"),
            OutcomeDomain(id: "emotional-needs", label: "Meeting emotional needs"),
            OutcomeDomain(id: "keeping-safe", label: "Keeping your children safe"),
            OutcomeDomain(id: "social-networks", label: "Social networks"),
            OutcomeDomain(id: "education-learning", label: "Education and learning"),
            OutcomeDomain(id: "boundaries-behaviour", label: "Boundaries and behaviour"),
            OutcomeDomain(id: "family-routine", label: "Family routine"),
            OutcomeDomain(id: "home-money", label: "Home and money"),
            OutcomeDomain(id: "progress-to-work", label: "Progress to work"),
        ],
        min: 1, max: 10, wholeNumbers: true,
        stages: [
            OutcomeStage(label: "Stuck", from: 1),
            OutcomeStage(label: "Accepting help", from: 3),
            OutcomeStage(label: "Trying", from: 5),
            OutcomeStage(label: "Finding what works", from: 7),
            OutcomeStage(label: "Effective parenting", from: 9),
        ],
        bands: ProgressBands([
            .init(label: "Lower", below: 5), .init(label: "Middle", below: 7), .init(label: "Higher", below: nil),
        ])
    )
}
