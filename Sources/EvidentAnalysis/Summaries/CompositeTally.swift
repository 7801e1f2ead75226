public import EvidentModel

/// A data set's composite confidence gathered respondent by respondent (`CompositeAnalysis`
/// defines it): the counts of each respondent's composite score, the answers below the scale's
/// positive threshold, and the moments of Cronbach's alpha. Merges by adding.
public struct CompositeTally: Sendable {
    /// The composite items, as positions in the data set's items.
    public let indexes: [Int]
    public let threshold: Double
    public private(set) var scores = ScoreCounts()
    public private(set) var excluded = 0
    public private(set) var answers = 0
    public private(set) var below = 0
    public private(set) var moments: CronbachMoments

    /// A tally of the items at `indexes` (at least two), whose scale has the positive `threshold`.
    public init(indexes: [Int], threshold: Double) {
        self.indexes = indexes
        self.threshold = threshold
        moments = CronbachMoments(items: indexes.count)
    }

    /// Adds one respondent's item values (all of the data set's items, in order).
    public mutating func add(_ values: [ItemValue]) {
        var row: [Double?] = []
        row.reserveCapacity(indexes.count)
        var sum = 0.0
        var valid = 0
        for index in indexes {
            let score = values[index].score
            row.append(score)
            guard let score else { continue }
            sum += score
            valid += 1
            if score < threshold { below += 1 }
        }
        answers += valid
        if valid * 2 >= indexes.count, valid > 0 {
            scores.add(sum / Double(valid))
            moments.add(row)
        } else {
            excluded += 1
        }
    }

    /// Adds another tally of the same composite.
    public mutating func merge(_ other: CompositeTally) {
        scores.merge(other.scores)
        excluded += other.excluded
        answers += other.answers
        below += other.below
        moments.merge(other.moments)
    }
}
