public import EvidentModel

/// One case's progress between its first and latest reading, over the domains read at both
/// (its *paired* domains): averaging the same domains at both ends keeps a domain read only
/// once from moving the case's average.
public struct CaseProgress: Sendable, Hashable {
    /// Where a case sits in the progress matrix.
    public enum Position: String, Sendable, Hashable, CaseIterable {
        /// Ended in a higher band than it started: higher than average progress.
        case above
        /// Ended in the band it started in.
        case on
        /// Ended in a lower band: lower than average progress.
        case below
    }

    public var caseID: String
    /// The average first and latest reading over the paired domains.
    public var averageFirst: Double
    public var averageLatest: Double
    public var pairedDomains: Int
    /// Whether any paired domain progressed (moved up a stage), and whether any could.
    public var progressedAny: Bool
    public var couldProgressAny: Bool
    public var startBand: Int
    public var latestBand: Int

    public var change: Double { averageLatest - averageFirst }

    public var position: Position {
        latestBand > startBand ? .above : latestBand < startBand ? .below : .on
    }

    /// The case's progress, or `nil` when it has no latest reading or no domain read at both.
    public init?(_ journey: CaseJourney, tool: OutcomeTool, bands: ProgressBands) {
        guard let latest = journey.latest else { return nil }
        var first = 0.0
        var last = 0.0
        var paired = 0
        var progressed = false
        var could = false
        for (before, after) in zip(journey.first.values, latest.values) {
            guard let before, let after else { continue }
            first += before
            last += after
            paired += 1
            if tool.canProgress(from: before) {
                could = true
                if tool.progressed(from: before, to: after) { progressed = true }
            }
        }
        guard paired > 0 else { return nil }
        caseID = journey.caseID
        averageFirst = first / Double(paired)
        averageLatest = last / Double(paired)
        pairedDomains = paired
        progressedAny = progressed
        couldProgressAny = could
        startBand = bands.band(of: averageFirst)
        latestBand = bands.band(of: averageLatest)
    }
}
