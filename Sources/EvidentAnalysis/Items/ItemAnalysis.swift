public import EvidentModel

/// Item-by-item statistics for a data set's scale items.
public enum ItemAnalysis {
    /// One `ItemResult` per item, in the data set's item order. O(respondents × items),
    /// plus a sort per item for the median and quartiles.
    public static func results(for dataset: Dataset) -> [ItemResult] {
        dataset.items.enumerated().map { index, item in
            var scores: [Double] = []
            var missing = 0
            var invalid = 0
            for respondent in dataset.respondents {
                switch respondent.values[index] {
                case .valid(let score): scores.append(score)
                case .missing: missing += 1
                case .invalid: invalid += 1
                }
            }
            return result(dataset: dataset, item: item, scores: scores, missing: missing, invalid: invalid)
        }
    }

    /// The statistics of one item from its valid scores.
    public static func result(dataset: Dataset, item: ScaleItem, scores: [Double], missing: Int, invalid: Int) -> ItemResult {
        let summary = Summary(scores)
        let positive = scores.filter { item.scale.isPositive($0) }.count
        var distribution = [Int](repeating: 0, count: item.scale.bins.count)
        for score in scores { distribution[item.scale.binIndex(of: score)] += 1 }
        let share = ProportionEstimate(successes: positive, total: scores.count)
        return ItemResult(
            dataset: dataset.id, wave: dataset.wave, item: item, n: scores.count, missing: missing, invalid: invalid,
            summary: summary, meanCI: summary.meanConfidenceInterval(confidence: 0.95), positive: positive,
            pctPositive: share.percent, pctPositiveCI: share.percentInterval, distribution: distribution, scores: scores
        )
    }
}
