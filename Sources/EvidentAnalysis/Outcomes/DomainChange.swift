public import EvidentModel

/// Distance travelled in one domain, over the cases read in it at both their first and their
/// latest reading.
public struct DomainChange: Sendable {
    public var domain: OutcomeDomain
    /// Cases with a valid first and latest reading in the domain.
    public var pairs: Int
    /// Cases whose first reading has the domain but who have no latest reading in it.
    public var firstOnly: Int
    public var first: Summary
    public var latest: Summary
    /// Latest − first, per case.
    public var change: Summary
    /// t interval of the mean change (95%).
    public var changeCI: ConfidenceInterval?
    public var test: WilcoxonSignedRank
    public var improved: Int
    public var unchanged: Int
    public var worse: Int
    /// Cases that moved up a stage, of those whose first reading was below the top stage.
    public var progressed: ProportionEstimate
    /// Cases per stage at the first and at the latest reading (empty without stages).
    public var firstStages: [Int]
    public var latestStages: [Int]

    /// The figures of one domain (`index` into the tool's domains) over `journeys`.
    public init(index: Int, tool: OutcomeTool, journeys: [CaseJourney]) {
        domain = tool.domains[index]
        var befores: [Double] = []
        var afters: [Double] = []
        var firstOnly = 0
        var progressed = 0
        var could = 0
        var firstStages = [Int](repeating: 0, count: tool.stages.count)
        var latestStages = firstStages
        for journey in journeys {
            guard let before = journey.first.values[index] else { continue }
            guard let after = journey.latest?.values[index] else {
                firstOnly += 1
                continue
            }
            befores.append(before)
            afters.append(after)
            if tool.canProgress(from: before) {
                could += 1
                if tool.progressed(from: before, to: after) { progressed += 1 }
            }
            if let stage = tool.stage(of: before) { firstStages[stage] += 1 }
            if let stage = tool.stage(of: after) { latestStages[stage] += 1 }
        }
        let differences = zip(befores, afters).map { $1 - $0 }
        pairs = befores.count
        self.firstOnly = firstOnly
        first = Summary(befores)
        latest = Summary(afters)
        change = Summary(differences)
        changeCI = change.meanConfidenceInterval()
        test = WilcoxonSignedRank.test(differences)
        improved = differences.filter { $0 > 0 }.count
        unchanged = differences.filter { $0 == 0 }.count
        worse = differences.filter { $0 < 0 }.count
        self.progressed = ProportionEstimate(successes: progressed, total: could)
        self.firstStages = firstStages
        self.latestStages = latestStages
    }
}
