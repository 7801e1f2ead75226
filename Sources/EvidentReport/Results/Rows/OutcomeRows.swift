package import EvidentAnalysis
package import EvidentModel

/// The outcomes of a study: `outcomes` in `results.json` and the appendix's outcomes section.
/// Distance travelled per readings data set, KPIs per case-outcomes data set, themes against
/// outcomes; every figure at full precision with its base.
package struct OutcomesRow: Sendable, Encodable {
    package var distance: [DistanceRow] = []
    package var cases: [CaseOutcomesRow] = []
    package var themes: [ThemeOutcomeRow] = []

    package init() {}

    package init(_ outcomes: OutcomeResults, shownAs label: String) {
        distance = outcomes.distance.map { DistanceRow($0, shownAs: label) }
        cases = outcomes.cases.map { CaseOutcomesRow($0, shownAs: label) }
        themes = outcomes.themes.map(ThemeOutcomeRow.init)
    }

    package var isEmpty: Bool { distance.isEmpty && cases.isEmpty }
}

/// A proportion with its base and Wilson interval, in percent.
package struct ShareRow: Sendable, Encodable {
    package var successes: Int
    package var base: Int
    package var pct: Double?
    package var ci95: Interval?

    package init(_ estimate: ProportionEstimate) {
        successes = estimate.successes
        base = estimate.total
        pct = estimate.percent
        ci95 = Interval(estimate.percentInterval)
    }
}

/// A signed-rank test as `results.json` writes it.
package struct SignedRankRow: Sendable, Encodable {
    package var n: Int
    package var zeros: Int
    package var statistic: Double?
    package var z: Double?
    package var pValue: Double?
    package var method: String?
    package var undefined: String?

    package init(_ test: WilcoxonSignedRank) {
        n = test.n
        zeros = test.zeros
        statistic = test.statistic
        z = test.z
        pValue = test.pValue
        method = test.method?.rawValue
        undefined = test.undefinedReason
    }
}

/// Distance travelled on one readings data set.
package struct DistanceRow: Sendable, Encodable {
    package struct Domain: Sendable, Encodable {
        package var domainID: String
        package var label: String
        package var pairs: Int
        package var firstOnly: Int
        package var meanFirst: Double?
        package var meanLatest: Double?
        package var meanChange: Double?
        package var sdChange: Double?
        package var meanChangeCI95: Interval?
        package var improved: Int
        package var unchanged: Int
        package var worse: Int
        package var signedRank: SignedRankRow
        package var movedUpAStage: ShareRow
    }

    package struct Group: Sendable, Encodable {
        package var attribute: String
        package var group: String
        /// The suppression label when the group is too small to show; every figure `nil` then.
        package var shownAs: String?
        package var cases: Int?
        package var meanChange: Double?
        package var meanChangeCI95: Interval?
        package var progressedAny: ShareRow?
        package var above: ShareRow?
    }

    package var dataset: String
    package var wave: String?
    package var tool: String
    package var toolName: String
    package var scaleMin: Double
    package var scaleMax: Double
    package var cases: Int
    package var casesPaired: Int
    package var meanAverageFirst: Double?
    package var meanAverageLatest: Double?
    package var meanChange: Double?
    package var meanChangeCI95: Interval?
    package var signedRank: SignedRankRow
    package var progressedAny: ShareRow
    package var bands: [String]
    package var bandRule: String
    /// counts[start band][latest band].
    package var matrix: [[Int]]
    package var above: ShareRow
    package var on: ShareRow
    package var below: ShareRow
    package var domains: [Domain]
    package var groups: [Group]

    package init(_ result: DistanceTravelled, shownAs label: String) {
        dataset = result.dataset
        wave = result.wave
        tool = result.tool.id
        toolName = result.tool.name
        scaleMin = result.tool.min
        scaleMax = result.tool.max
        cases = result.cases
        casesPaired = result.progress.count
        meanAverageFirst = result.averageFirst.mean
        meanAverageLatest = result.averageLatest.mean
        meanChange = result.change.mean
        meanChangeCI95 = Interval(result.changeCI)
        signedRank = SignedRankRow(result.test)
        progressedAny = ShareRow(result.progressedAny)
        bands = result.matrix.bands.labels
        bandRule = result.matrix.bands.rule
        matrix = result.matrix.counts
        above = ShareRow(result.matrix.share(.above))
        on = ShareRow(result.matrix.share(.on))
        below = ShareRow(result.matrix.share(.below))
        domains = result.domains.map { domain in
            Domain(
                domainID: domain.domain.id, label: domain.domain.label, pairs: domain.pairs, firstOnly: domain.firstOnly,
                meanFirst: domain.first.mean, meanLatest: domain.latest.mean, meanChange: domain.change.mean,
                sdChange: domain.change.standardDeviation, meanChangeCI95: Interval(domain.changeCI), improved: domain.improved,
                unchanged: domain.unchanged, worse: domain.worse, signedRank: SignedRankRow(domain.test), movedUpAStage: ShareRow(domain.progressed)
            )
        }
        groups = result.groups.map { group in
            group.isSuppressed
                ? Group(attribute: group.attribute, group: group.group, shownAs: label)
                : Group(
                    attribute: group.attribute, group: group.group, cases: group.cases, meanChange: group.change.mean,
                    meanChangeCI95: Interval(group.changeCI), progressedAny: ShareRow(group.progressedAny), above: ShareRow(group.above)
                )
        }
    }
}
