package import EvidentAnalysis
package import EvidentModel

/// A data set's composite confidence: `composites` in `results.json`, `tables/composites.csv`,
/// the appendix's composite callout. Each respondent's mean over the composite items, counted
/// when they answered at least half; Cronbach's alpha over respondents who answered every item.
package struct CompositeRow: Sendable, Encodable {
    package var dataset = ""
    package var wave: String?
    package var scale = ""
    package var items: [String] = []
    package var respondents = 0
    package var excludedFewerThanHalf = 0
    package var mean: Double?
    package var sd: Double?
    package var median: Double?
    package var meanCI95: Interval?
    package var distribution = OrderedCounts()
    package var cronbachAlpha: Double?
    package var cronbachAlphaRespondents = 0
    package var cronbachAlphaUndefined: String?
    /// Alpha is defined and under 0.7.
    package var alphaWarning = false
    package var threshold = 0.0
    package var answers = 0
    package var answersBelowThreshold = 0
    package var pctAnswersBelowThreshold: Double?
    /// The composite's items ranked for training needs; its own table,
    /// `tables/training-needs-ranking.csv`.
    package var ranking: [RankingRow] = []

    package init() {}

    package init(_ composite: CompositeResult, ranking: ItemRanking?) {
        dataset = composite.dataset
        wave = composite.wave
        scale = composite.scale.id
        items = composite.itemIDs
        respondents = composite.respondents
        excludedFewerThanHalf = composite.excluded
        mean = composite.summary.mean
        sd = composite.summary.standardDeviation
        median = composite.summary.median
        meanCI95 = Interval(composite.meanCI)
        distribution = OrderedCounts(zip(composite.scale.bins, composite.distribution).map { ($0.label, $1) })
        cronbachAlpha = composite.alpha.value
        cronbachAlphaRespondents = composite.alpha.respondents
        cronbachAlphaUndefined = composite.alpha.undefinedReason
        alphaWarning = composite.alpha.value != nil && composite.alphaIsLow
        threshold = composite.threshold
        answers = composite.answers
        answersBelowThreshold = composite.answersBelowThreshold
        pctAnswersBelowThreshold = composite.pctAnswersBelowThreshold
        self.ranking = (ranking?.entries ?? []).enumerated().map { RankingRow($1, position: $0 + 1, dataset: composite.dataset) }
    }
}

/// An item ranked for training needs against its composite: `ranking` in each composite of
/// `results.json`, `tables/training-needs-ranking.csv`, the appendix's training-needs table.
/// Items are ordered by % positive, lowest first; Welch's t-test compares the item's scores with
/// the respondents' composite scores.
package struct RankingRow: Sendable, Encodable {
    package var dataset = ""
    package var rankByPctPositive = 0
    package var itemID = ""
    package var label = ""
    package var n = 0
    package var mean: Double?
    package var pctPositive: Double?
    package var rankByMean = 0
    package var differenceFromComposite: Double?
    package var welchPValue: Double?
    package var significantlyBelowComposite = false

    package init() {}

    package init(_ entry: ItemRanking.Entry, position: Int, dataset: String) {
        self.dataset = dataset
        rankByPctPositive = position
        itemID = entry.itemID
        label = entry.label
        n = entry.n
        mean = entry.mean
        pctPositive = entry.pctPositive
        rankByMean = entry.rankByMean
        differenceFromComposite = entry.comparison.estimate
        welchPValue = entry.comparison.pValue
        significantlyBelowComposite = entry.isSignificantlyBelow
    }
}
