public import EvidentModel

/// Everything a study's analysis produced, ready to be rendered: the single source of the
/// numbers in every output (appendix, `results.json`, tables), so no statistic is computed twice.
public struct StudyResults: Sendable {
    public var spec: StudySpec
    public var codebook: Codebook?
    /// The data sets as read: their accounting, rejections and notes. A streamed report keeps no
    /// respondents here except those of story and interview data sets (the appendix prints them).
    public var datasets: [Dataset]
    /// Coded segments in all (each one is in `coded_segments.csv` and `results.sqlite`).
    public var segmentCount: Int
    public var items: [ItemResult]
    /// Per data set with a composite, in study order.
    public var composites: [CompositeResult]
    /// Per composite: its items ranked for training needs.
    public var rankings: [ItemRanking]
    public var changes: [ItemChange]
    public var themes: [ThemeResult]
    public var breakdowns: [Breakdown]
    /// Themes (depth 0) and their codes (depth 1), answer by answer.
    public var coOccurrence: CoOccurrence?
    /// Per data set, in study order: answers with text, and those no code touched.
    public var coverage: [CodingCoverage]
    public var suppression: Suppression
    /// Per Most Significant Change data set, in study order.
    public var stories: [StoryResult] = []
    /// Per data set with free text: the answers no code touched, and their commonest words and
    /// two-word phrases (terms found in fewer than `suppress_below` answers are left out).
    public var uncoded: [UncodedSummary] = []
    /// The quote candidates worth keeping, and what attributing and anonymising quotes needs.
    public var quoteMaterial = QuoteMaterial.none
    /// Per data set id: the respondents who wrote but whose consent holds their words back.
    public var consentHeld: [String: ConsentHeld] = [:]
    /// Distance travelled, case KPIs and themes against outcomes, from the study's
    /// outcome-readings and case-outcomes data sets.
    public var outcomes = OutcomeResults()

    public init(
        spec: StudySpec, codebook: Codebook?, datasets: [Dataset], segmentCount: Int, items: [ItemResult],
        composites: [CompositeResult], rankings: [ItemRanking], changes: [ItemChange], themes: [ThemeResult],
        breakdowns: [Breakdown], coOccurrence: CoOccurrence?, coverage: [CodingCoverage], suppression: Suppression
    ) {
        self.spec = spec
        self.codebook = codebook
        self.datasets = datasets
        self.segmentCount = segmentCount
        self.items = items
        self.composites = composites
        self.rankings = rankings
        self.changes = changes
        self.themes = themes
        self.breakdowns = breakdowns
        self.coOccurrence = coOccurrence
        self.coverage = coverage
        self.suppression = suppression
    }

    /// A data set's response rate as a share of people invited, with its Wilson interval;
    /// `nil` when `invited` is unknown, or when more respondents than people invited were read
    /// (then no interval is meaningful and the run warns). Respondents are unique valid ones
    /// (`Accounting.respondents`): rejected rows never count.
    public func responseRate(of dataset: Dataset) -> ProportionEstimate? {
        guard let invited = dataset.invited, dataset.accounting.respondents <= invited else { return nil }
        return ProportionEstimate(successes: dataset.accounting.respondents, total: invited)
    }
}

/// How much of a data set's free text the codebook reached.
public struct CodingCoverage: Sendable, Hashable {
    public var dataset: String
    /// Non-empty free-text answers.
    public var answers: Int
    /// Answers with at least one coded segment.
    public var coded: Int

    public init(dataset: String, answers: Int, coded: Int) {
        self.dataset = dataset
        self.answers = answers
        self.coded = coded
    }

    public var uncoded: Int { answers - coded }

    /// Share of answers no code touched, 0–100; `nil` without answers.
    public var pctUncoded: Double? {
        ProportionEstimate(successes: uncoded, total: answers).percent
    }
}
