public import EvidentModel

/// Composite confidence per data set (issue: analysis, item 3).
///
/// Which items form the composite: those the manifest lists under `composite:`; otherwise, for a
/// practitioner survey, every item on `confidence-0-100` when there are any, else every item on
/// the numeric scale most items use (at least three). A respondent's composite is the mean of
/// their valid composite items, counted only when at least half of those items are valid.
public enum CompositeAnalysis {
    /// The composite of a data set, or `nil` when it has fewer than two composite items.
    public static func result(for dataset: Dataset, itemIDs listed: [String]?) -> CompositeResult? {
        let indexes = compositeItems(of: dataset, listed: listed)
        guard indexes.count >= 2 else { return nil }
        var scores = ScoreCounts()
        var matrix: [[Double?]] = []
        var excluded = 0
        var answers = 0
        var below = 0
        let threshold = threshold(of: dataset.items[indexes[0]].scale)
        for respondent in dataset.respondents {
            let values = indexes.map { respondent.values[$0].score }
            let valid = values.compactMap { $0 }
            answers += valid.count
            below += valid.filter { $0 < threshold }.count
            if valid.count * 2 >= indexes.count, !valid.isEmpty {
                scores.add(valid.reduce(0, +) / Double(valid.count))
                matrix.append(values)
            } else {
                excluded += 1
            }
        }
        return result(
            dataset: dataset, indexes: indexes, scores: scores, excluded: excluded, alpha: Cronbach.alpha(matrix),
            answers: answers, below: below, threshold: threshold)
    }

    /// The composite of a data set from its tally (`CompositeTally`, gathered in one pass).
    public static func result(for dataset: Dataset, tally: CompositeTally) -> CompositeResult {
        result(
            dataset: dataset, indexes: tally.indexes, scores: tally.scores, excluded: tally.excluded, alpha: tally.moments.alpha,
            answers: tally.answers, below: tally.below, threshold: tally.threshold)
    }

    private static func result(
        dataset: Dataset, indexes: [Int], scores: ScoreCounts, excluded: Int, alpha: Cronbach, answers: Int, below: Int,
        threshold: Double
    ) -> CompositeResult {
        let scale = dataset.items[indexes[0]].scale
        var distribution = [Int](repeating: 0, count: scale.bins.count)
        for (value, count) in zip(scores.values, scores.counts) { distribution[scale.binIndex(of: value)] += count }
        let summary = Summary(scores)
        return CompositeResult(
            dataset: dataset.id, wave: dataset.wave, itemIDs: indexes.map { dataset.items[$0].id }, scale: scale,
            respondents: scores.total, excluded: excluded, scores: scores, summary: summary,
            meanCI: summary.meanConfidenceInterval(confidence: 0.95), distribution: distribution,
            alpha: alpha, answers: answers, answersBelowThreshold: below, threshold: threshold
        )
    }

    static func compositeItems(of dataset: Dataset, listed: [String]?) -> [Int] {
        if let listed {
            let indexes = listed.compactMap { id in dataset.items.firstIndex { $0.id == id } }
            let scale = indexes.first.map { dataset.items[$0].scale.id }
            return indexes.filter { dataset.items[$0].scale.id == scale }
        }
        guard dataset.kind == .practitionerSurvey else { return [] }
        let confidence = dataset.items.indices.filter { dataset.items[$0].scale.id == "confidence-0-100" }
        if !confidence.isEmpty { return confidence }
        var byScale: [String: [Int]] = [:]
        for (index, item) in dataset.items.enumerated() {
            if case .numeric = item.scale.kind { byScale[item.scale.id, default: []].append(index) }
        }
        let largest = byScale.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
        guard let largest, largest.value.count >= 3 else { return [] }
        return largest.value
    }

    /// The score below which an answer is not positive: `positive_from` for numeric scales, the
    /// lowest positive level's score for ordinal ones.
    static func threshold(of scale: Scale) -> Double {
        switch scale.kind {
        case .numeric(_, _, let positiveFrom): positiveFrom
        case .ordinal(_, let positive): Double((positive.min() ?? 0) + 1)
        }
    }
}
