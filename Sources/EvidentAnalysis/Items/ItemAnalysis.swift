public import EvidentModel

/// Item-by-item statistics for a data set's scale items.
public enum ItemAnalysis {
    /// One `ItemResult` per item, in the data set's item order. O(respondents × items).
    public static func results(for dataset: Dataset) -> [ItemResult] {
        dataset.items.enumerated().map { index, item in
            var tally = ItemTally()
            for respondent in dataset.respondents { tally.add(respondent.values[index]) }
            return result(dataset: dataset, item: item, tally: tally)
        }
    }

    /// The statistics of one item from its tally. O(n) additions for the mean and deviation,
    /// O(distinct scores) otherwise.
    public static func result(dataset: Dataset, item: ScaleItem, tally: ItemTally) -> ItemResult {
        let scores = tally.scores
        let summary = Summary(scores)
        let positive = scores.count(where: item.scale.isPositive)
        var distribution = [Int](repeating: 0, count: item.scale.bins.count)
        for (value, count) in zip(scores.values, scores.counts) { distribution[item.scale.binIndex(of: value)] += count }
        let share = ProportionEstimate(successes: positive, total: scores.total)
        return ItemResult(
            dataset: dataset.id, wave: dataset.wave, item: item, n: scores.total, missing: tally.missing, invalid: tally.invalid,
            summary: summary, meanCI: summary.meanConfidenceInterval(confidence: 0.95), positive: positive,
            pctPositive: share.percent, pctPositiveCI: share.percentInterval, distribution: distribution, scores: scores
        )
    }
}
