package import EvidentAnalysis
package import EvidentModel

/// KPIs of one case-outcomes data set: over every case, by group, and by progress position.
package struct CaseOutcomesRow: Sendable, Encodable {
    package struct KPI: Sendable, Encodable {
        package var kpiID: String
        package var label: String
        /// The base in words.
        package var base: String
        package var share: ShareRow
    }

    package struct GroupKPI: Sendable, Encodable {
        package var attribute: String
        package var group: String
        package var kpiID: String
        /// The suppression label when the group's base is too small; `share` is `nil` then.
        package var shownAs: String?
        package var share: ShareRow?
    }

    package var dataset: String
    package var wave: String?
    package var cases: Int
    package var closed: Int
    package var kpis: [KPI]
    package var involvementDaysMedian: Double?
    package var involvementDaysMean: Double?
    package var involvementCases: Int
    package var reReferralNotYetKnown: Int
    package var byGroup: [GroupKPI]
    package var byProgress: [GroupKPI]

    package init(_ result: CaseOutcomeResults, shownAs label: String) {
        dataset = result.dataset
        wave = result.wave
        cases = result.cases
        closed = result.closed
        kpis = result.kpis.map { KPI(kpiID: $0.id, label: $0.label, base: $0.base, share: ShareRow($0.estimate)) }
        involvementDaysMedian = result.involvementDays.median
        involvementDaysMean = result.involvementDays.mean
        involvementCases = result.involvementDays.count
        reReferralNotYetKnown = result.reReferralNotYetKnown
        let row = { (row: CaseOutcomeResults.Row) in
            GroupKPI(
                attribute: row.attribute, group: row.group, kpiID: row.kpi.id, shownAs: row.isSuppressed ? label : nil,
                share: row.isSuppressed ? nil : ShareRow(row.kpi.estimate)
            )
        }
        byGroup = result.byGroup.map(row)
        byProgress = result.byProgress.map(row)
    }
}

/// Themes against outcomes: one theme, one outcome, the cases mentioning it against the rest.
/// An association, not an effect.
package struct ThemeOutcomeRow: Sendable, Encodable {
    package var codeID: String
    package var label: String
    package var depth: Int
    /// `average-change` (reading points) or a KPI id (percentage points).
    package var measure: String
    package var measureLabel: String
    package var casesWith: Int
    package var casesWithout: Int
    package var valueWith: Double
    package var valueWithout: Double
    package var difference: Double
    package var differenceCI95: Interval?

    package init(_ row: ThemeOutcome) {
        codeID = row.codeID
        label = row.label
        depth = row.depth
        switch row.measure {
        case .averageChange:
            measure = "average-change"
            measureLabel = "Change in average reading"
        case .kpi(let id, let label):
            measure = id
            measureLabel = label
        }
        casesWith = row.casesWith
        casesWithout = row.casesWithout
        valueWith = row.valueWith
        valueWithout = row.valueWithout
        difference = row.difference
        differenceCI95 = Interval(row.interval)
    }
}
