public import EvidentCoding
public import EvidentModel

/// Computes a study's statistics from its data sets and their coded segments: the analysis stage
/// end to end, with everything in memory — the definition of every figure. `evident report`
/// computes the same figures in one streaming pass (`StudyTally`); tests hold the two equal.
public enum StudyAnalysis {
    /// Computes every statistic from loaded data sets and their coded segments.
    public static func analyse(
        spec: StudySpec, codebook: Codebook?, engine: CodingEngine?, datasets: [Dataset], segments: [CodedSegment]
    ) -> StudyResults {
        let items = datasets.flatMap(ItemAnalysis.results(for:))
        var themes: [ThemeResult] = []
        if let codebook, let engine {
            themes = ThemeAnalysis.results(codebook: codebook, engine: engine, datasets: datasets, segments: segments)
        }
        let listed = Dictionary(spec.datasets.map { ($0.id, $0.composite) }, uniquingKeysWith: { first, _ in first })
        let composites = datasets.compactMap { CompositeAnalysis.result(for: $0, itemIDs: listed[$0.id] ?? nil) }
        let kinds = Dictionary(datasets.map { ($0.id, $0.kind.rawValue) }, uniquingKeysWith: { first, _ in first })
        let suppression = Suppression(threshold: spec.suppressBelow)
        var results = StudyResults(
            spec: spec, codebook: codebook, datasets: datasets, segmentCount: segments.count, items: items, composites: composites,
            rankings: composites.map { ItemRanking.rank(items, against: $0) },
            changes: ChangeAnalysis.changes(items, kinds: kinds), themes: themes,
            breakdowns: BreakdownAnalysis.breakdowns(
                datasets: datasets, items: items, themes: themes, segments: segments, codebook: codebook, suppression: suppression
            ),
            coOccurrence: codebook.map { CoOccurrence.table(codebook: $0, segments: segments, maxDepth: 1) },
            coverage: coverage(datasets: datasets, segments: segments), suppression: suppression
        )
        results.stories = StoryAnalysis.results(datasets: datasets, segments: segments, codebook: codebook)
        results.outcomes = OutcomeResults.analyse(datasets: datasets, segments: segments, codebook: codebook, suppression: suppression)
        if codebook != nil {
            results.uncoded = UncodedText.summary(
                datasets: datasets, segments: segments, top: UncodedText.defaultTop, minimumAnswers: max(spec.suppressBelow, 1)
            )
        }
        results.consentHeld = ConsentHeld.counted(datasets)
        results.quoteMaterial = QuoteMaterial.gathered(
            from: datasets, segments: segments, codebook: codebook, quotesPerTheme: spec.quotesPerTheme,
            pinned: spec.pinnedQuotes, excluded: spec.excludedQuotes)
        return results
    }

    static func coverage(datasets: [Dataset], segments: [CodedSegment]) -> [CodingCoverage] {
        var coded: [String: Set<AnswerKey>] = [:]
        for segment in segments {
            coded[segment.dataset, default: []].insert(AnswerKey(respondent: segment.respondent, question: segment.question))
        }
        return datasets.map { dataset in
            var answers = 0
            for respondent in dataset.respondents {
                answers += respondent.answers.filter { !$0.trimmedWhitespace.isEmpty }.count
            }
            return CodingCoverage(dataset: dataset.id, answers: answers, coded: coded[dataset.id]?.count ?? 0)
        }
    }
}

/// One answer: a respondent's text for one question of a data set.
struct AnswerKey: Hashable, Sendable {
    let respondent: String
    let question: String
}
