public import EvidentModel

/// A data set's composite confidence: each respondent's mean over the composite items, its
/// distribution and mean, the items' reliability, and the share of all answers below the
/// scale's positive threshold (the "50% of responses fell below 70% confidence" figure).
public struct CompositeResult: Sendable {
    public var dataset: String
    public var wave: String?
    /// The items averaged, in data set order; all on `scale`.
    public var itemIDs: [String]
    public var scale: Scale
    /// Respondents with at least half of the composite items answered validly.
    public var respondents: Int
    /// Respondents left out for answering fewer than half.
    public var excluded: Int
    /// The respondents' composite scores, as counts of each value.
    public var scores: ScoreCounts
    public var summary: Summary
    public var meanCI: ConfidenceInterval?
    /// Counts per bin of `scale.bins`.
    public var distribution: [Int]
    /// Cronbach's alpha over respondents who answered every composite item.
    public var alpha: Cronbach
    /// Answers (valid, on composite items) and how many fell below the scale's positive threshold.
    public var answers: Int
    public var answersBelowThreshold: Int
    /// The threshold: the scale's `positive_from` (numeric scales) or first positive level's score.
    public var threshold: Double

    /// answersBelowThreshold / answers × 100.
    public var pctAnswersBelowThreshold: Double? {
        ProportionEstimate(successes: answersBelowThreshold, total: answers).percent
    }

    /// Alpha under 0.7, the usual floor for an item set's internal consistency.
    public var alphaIsLow: Bool {
        (alpha.value ?? 1) < 0.7
    }
}
