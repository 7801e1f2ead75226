public import EvidentModel

/// Distance travelled on one outcome-readings data set: per domain, the mean first and latest
/// reading and the mean change with its interval and signed-rank test, the share who moved up
/// a stage; overall, the change in each case's average reading, the share progressing in one
/// or more domains, and the progress matrix; then the same case-level figures by group.
public struct DistanceTravelled: Sendable {
    public var dataset: String
    public var wave: String?
    public var tool: OutcomeTool
    /// Cases with at least one usable reading.
    public var cases: Int
    /// Cases with a latest reading and a domain read at both ends: the base of every
    /// case-level figure.
    public var progress: [CaseProgress]
    public var domains: [DomainChange]
    /// Each case's average latest − average first over its paired domains.
    public var change: Summary
    public var changeCI: ConfidenceInterval?
    public var test: WilcoxonSignedRank
    public var averageFirst: Summary
    public var averageLatest: Summary
    /// Cases progressing (up a stage) in one or more domains, of those that could in one or more.
    public var progressedAny: ProportionEstimate
    public var matrix: ProgressMatrix
    public var groups: [OutcomeGroup]

    public init(dataset: Dataset, readings: OutcomeReadingSet, attributes: CaseAttributes, suppression: Suppression) {
        self.dataset = dataset.id
        wave = dataset.wave
        tool = readings.tool
        cases = readings.journeys.count
        let progress = readings.journeys.compactMap { CaseProgress($0, tool: readings.tool, bands: readings.bands) }
        self.progress = progress
        domains = readings.tool.domains.indices.map { DomainChange(index: $0, tool: readings.tool, journeys: readings.journeys) }
        let changes = progress.map(\.change)
        change = Summary(changes)
        changeCI = change.meanConfidenceInterval()
        test = WilcoxonSignedRank.test(changes)
        averageFirst = Summary(progress.map(\.averageFirst))
        averageLatest = Summary(progress.map(\.averageLatest))
        let could = progress.filter(\.couldProgressAny)
        progressedAny = ProportionEstimate(successes: could.filter(\.progressedAny).count, total: could.count)
        matrix = ProgressMatrix(bands: readings.bands, cases: progress)
        groups = OutcomeGroup.groups(progress, attributes: attributes, bands: readings.bands, suppression: suppression)
    }
}

/// The case-level figures of one group of cases (one value of one attribute).
public struct OutcomeGroup: Sendable {
    public var attribute: String
    public var group: String
    public var cases: Int
    public var change: Summary
    public var changeCI: ConfidenceInterval?
    public var progressedAny: ProportionEstimate
    /// Cases above the diagonal of the progress matrix.
    public var above: ProportionEstimate
    /// Fewer cases than the suppression threshold: published as "<k" with no other figure.
    public var isSuppressed: Bool

    /// One row per value of each attribute, in order of first appearance; cases without a value
    /// for the attribute are left out of its rows.
    static func groups(_ progress: [CaseProgress], attributes: CaseAttributes, bands: ProgressBands, suppression: Suppression) -> [OutcomeGroup] {
        var rows: [OutcomeGroup] = []
        for attribute in attributes.names {
            var order: [String] = []
            var members: [String: [CaseProgress]] = [:]
            for case_ in progress {
                guard let value = attributes.value(attribute, of: case_.caseID), !value.isEmpty else { continue }
                if members[value] == nil { order.append(value) }
                members[value, default: []].append(case_)
            }
            for value in order {
                let cases = members[value] ?? []
                let change = Summary(cases.map(\.change))
                let could = cases.filter(\.couldProgressAny)
                rows.append(OutcomeGroup(
                    attribute: attribute, group: value, cases: cases.count, change: change, changeCI: change.meanConfidenceInterval(),
                    progressedAny: ProportionEstimate(successes: could.filter(\.progressedAny).count, total: could.count),
                    above: ProportionEstimate(successes: cases.filter { $0.position == .above }.count, total: cases.count),
                    isSuppressed: suppression.isPrimary(cases.count)
                ))
            }
        }
        return rows
    }
}
