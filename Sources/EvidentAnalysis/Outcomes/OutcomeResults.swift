public import EvidentModel

/// Everything the outcomes section shows: distance travelled per outcome-readings data set,
/// KPIs per case-outcomes data set, and themes against outcomes.
public struct OutcomeResults: Sendable {
    public var distance: [DistanceTravelled]
    public var cases: [CaseOutcomeResults]
    public var themes: [ThemeOutcome]

    public init(distance: [DistanceTravelled] = [], cases: [CaseOutcomeResults] = [], themes: [ThemeOutcome] = []) {
        self.distance = distance
        self.cases = cases
        self.themes = themes
    }

    public var isEmpty: Bool { distance.isEmpty && cases.isEmpty }

    /// Analyses every outcome data set of a study. Case outcomes are joined to readings by case
    /// id, and feedback to both through the respondents' `case_id`.
    public static func analyse(
        datasets: [Dataset], segments: [CodedSegment], codebook: Codebook?, suppression: Suppression
    ) -> OutcomeResults {
        let mentions = codebook.map { CaseMentions(datasets: datasets, segments: segments, codebook: $0) } ?? CaseMentions()
        return analyse(datasets: datasets, mentions: mentions, codebook: codebook, suppression: suppression)
    }

    /// The same, with the feedback's case mentions already gathered (the streamed report's way:
    /// `datasets` then need no survey respondents, only the outcome data sets' readings and records).
    public static func analyse(
        datasets: [Dataset], mentions: CaseMentions, codebook: Codebook?, suppression: Suppression
    ) -> OutcomeResults {
        let attributes = CaseAttributes(datasets)
        var distance: [DistanceTravelled] = []
        var progress: [String: CaseProgress] = [:]
        for dataset in datasets {
            guard let readings = dataset.outcomes else { continue }
            let result = DistanceTravelled(dataset: dataset, readings: readings, attributes: attributes, suppression: suppression)
            for case_ in result.progress where progress[case_.caseID] == nil { progress[case_.caseID] = case_ }
            distance.append(result)
        }
        var cases: [CaseOutcomeResults] = []
        var records: [String: CaseRecord] = [:]
        var firstSet: CaseOutcomeSet?
        for dataset in datasets {
            guard let set = dataset.caseOutcomes else { continue }
            firstSet = firstSet ?? set
            for record in set.records where records[record.caseID] == nil { records[record.caseID] = record }
            cases.append(CaseOutcomeResults(dataset: dataset, set: set, attributes: attributes, progress: progress, suppression: suppression))
        }
        let themes = ThemeOutcomeAnalysis.results(
            mentions: mentions, codebook: codebook, progress: progress, records: records, set: firstSet, suppression: suppression
        )
        return OutcomeResults(distance: distance, cases: cases, themes: themes)
    }
}
