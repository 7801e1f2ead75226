public import EvidentModel

/// Everything a study's analysis produced, ready to be rendered: the single source of the
/// numbers in every output (appendix, `results.json`, tables), so no statistic is computed twice.
public struct StudyResults: Sendable {
    public var spec: StudySpec
    public var codebook: Codebook?
    public var datasets: [Dataset]
    /// Every coded segment, in data set, respondent, question and segment order.
    public var segments: [CodedSegment]
    public var items: [ItemResult]
    public var themes: [ThemeResult]
    /// Per data set, in study order: answers with text, and those no code touched.
    public var coverage: [CodingCoverage]

    public init(
        spec: StudySpec, codebook: Codebook?, datasets: [Dataset], segments: [CodedSegment], items: [ItemResult],
        themes: [ThemeResult], coverage: [CodingCoverage]
    ) {
        self.spec = spec
        self.codebook = codebook
        self.datasets = datasets
        self.segments = segments
        self.items = items
        self.themes = themes
        self.coverage = coverage
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
