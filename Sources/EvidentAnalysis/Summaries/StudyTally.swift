public import EvidentCoding
public import EvidentModel

/// A study's figures gathered in one streaming pass: each data set's shape (its accounting,
/// rejections and notes; its respondents only for stories and interviews, which the appendix
/// prints) and its merged `DatasetTally`. `results()` gives the `StudyResults` every output is
/// rendered from — the same figures `StudyAnalysis.analyse` gives from the whole data in memory.
public struct StudyTally: Sendable {
    public let spec: StudySpec
    public let codebook: Codebook?
    public let engine: CodingEngine?
    public private(set) var datasets: [Dataset] = []
    public private(set) var tallies: [DatasetTally] = []

    public init(spec: StudySpec, codebook: Codebook?, engine: CodingEngine?) {
        self.spec = spec
        self.codebook = codebook
        self.engine = engine
    }

    /// The plan for a data set of this study (its shape as read, before its respondents).
    public func plan(for dataset: Dataset) -> TallyPlan {
        let listed = spec.datasets.first { $0.id == dataset.id }?.composite
        return TallyPlan(
            dataset: dataset, codebook: codebook, engine: engine, composite: listed, quotesPerTheme: spec.quotesPerTheme,
            pinnedQuotes: spec.pinnedQuotes, excludedQuotes: spec.excludedQuotes)
    }

    /// Adds a data set read to the end: its shape and its tally, merged from every worker's.
    public mutating func append(_ dataset: Dataset, tally: DatasetTally) {
        datasets.append(dataset)
        tallies.append(tally)
    }

    /// Coded segments in all.
    public var segments: Int { tallies.reduce(0) { $0 + $1.segments } }

    /// Every figure of the study.
    public func results() -> StudyResults {
        let pairs = Array(zip(datasets, tallies))
        let items = pairs.flatMap { dataset, tally in
            dataset.items.enumerated().map { ItemAnalysis.result(dataset: dataset, item: $1, tally: tally.items[$0]) }
        }
        var themes: [ThemeResult] = []
        if let codebook, let engine {
            themes = ThemeAnalysis.results(codebook: codebook, engine: engine, datasets: datasets) { code, index in
                ThemeResult.Count(
                    segments: tallies[index].codeSegments[code], respondents: tallies[index].codeRespondents[code],
                    base: tallies[index].writers)
            }
        }
        let composites = pairs.compactMap { dataset, tally in
            tally.composite.map { CompositeAnalysis.result(for: dataset, tally: $0) }
        }
        let kinds = Dictionary(datasets.map { ($0.id, $0.kind.rawValue) }, uniquingKeysWith: { first, _ in first })
        let suppression = Suppression(threshold: spec.suppressBelow)
        var results = StudyResults(
            spec: spec, codebook: codebook, datasets: datasets, segmentCount: segments, items: items,
            composites: composites, rankings: composites.map { ItemRanking.rank(items, against: $0) },
            changes: ChangeAnalysis.changes(items, kinds: kinds), themes: themes,
            breakdowns: BreakdownAnalysis.breakdowns(tallies: tallies, themes: themes, suppression: suppression),
            coOccurrence: codebook.map { _ in coOccurrence() },
            coverage: tallies.map { CodingCoverage(dataset: $0.plan.dataset.id, answers: $0.answers, coded: $0.codedAnswers) },
            suppression: suppression
        )
        let order = Dictionary(
            (codebook?.allCodes ?? []).enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
        results.stories = StoryAnalysis.results(datasets: datasets) { dataset in
            guard let tally = tallies.first(where: { $0.plan.dataset.id == dataset }) else { return [:] }
            return tally.storyCodes.mapValues { codes in
                codes.map { tally.plan.codeIDs[$0] }.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
            }
        }
        if codebook != nil {
            results.uncoded = tallies.map { tally in
                tally.terms.summary(
                    dataset: tally.plan.dataset.id, answers: tally.answers, uncoded: tally.answers - tally.codedAnswers,
                    top: UncodedText.defaultTop, minimumAnswers: max(spec.suppressBelow, 1))
            }
        }
        var mentions = CaseMentions()
        for tally in tallies { mentions.merge(tally.caseMentions) }
        results.outcomes = OutcomeResults.analyse(datasets: datasets, mentions: mentions, codebook: codebook, suppression: suppression)
        for tally in tallies where tally.consentHeld.total > 0 { results.consentHeld[tally.plan.dataset.id] = tally.consentHeld }
        results.quoteMaterial = quoteMaterial()
        return results
    }

    /// The co-occurrence table, every data set's answers together.
    private func coOccurrence() -> CoOccurrence {
        let codes = tallies.first?.plan.coOccurrenceCodes ?? []
        let width = codes.count
        var counts = [[Int]](repeating: [Int](repeating: 0, count: width), count: width)
        for tally in tallies {
            for row in 0..<width {
                for column in 0..<width { counts[row][column] += tally.coOccurrence[row * width + column] }
            }
        }
        return CoOccurrence(codeIDs: codes, counts: counts)
    }

    private func quoteMaterial() -> QuoteMaterial {
        var pool = QuotePool(depth: spec.quotesPerTheme > 0 ? QuotePool.Depth(quotes: spec.quotesPerTheme) : nil)
        var personal: Set<String> = []
        var values: [String: [[String: Int]]] = [:]
        for tally in tallies {
            pool.merge(tally.quotes)
            personal.formUnion(tally.personalDetails)
            values[tally.plan.dataset.id] = tally.attributeValues
        }
        return QuoteMaterial(pool: pool, attributeValues: values, personalDetails: personal.sorted())
    }
}
