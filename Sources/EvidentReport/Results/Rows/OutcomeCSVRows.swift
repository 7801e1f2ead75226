package import EvidentFormats

// The outcome tables under `tables/`: the rows of `OutcomesRow` (results.json's `outcomes`)
// flattened one level, each table a list of one row type, as every other table. Written only
// when the study has outcome data. A share spreads over `<name>_successes`, `_base`, `_pct`,
// `_ci95_low`, `_ci95_high`; a signed-rank test over `<name>_n`, `_zeros`, `_statistic`, `_z`,
// `_p_value`, `_method`.

extension ShareRow: CSVColumnGroup {
    package static func csvColumns(named key: String) -> [String] {
        ["successes", "base", "pct", "ci95_low", "ci95_high"].map { key + "_" + $0 }
    }

    package var csvCells: [CSVTable.Cell] {
        [.integer(successes), .integer(base), .number(pct), .number(ci95?.lower), .number(ci95?.upper)]
    }
}

extension SignedRankRow: CSVColumnGroup {
    package static func csvColumns(named key: String) -> [String] {
        ["n", "zeros", "statistic", "z", "p_value", "method"].map { key + "_" + $0 }
    }

    package var csvCells: [CSVTable.Cell] {
        [.integer(n), .integer(zeros), .number(statistic), .number(z), .number(pValue), method.map { .text($0) } ?? .empty]
    }
}

extension DistanceRow.Domain: CSVInline {}
extension DistanceRow.Group: CSVInline {}

/// `tables/outcomes.csv`: one row per readings data set, the headline figures.
package struct OutcomeCSVRow: Sendable, Encodable {
    package var dataset: String
    package var wave: String?
    package var tool: String
    package var cases: Int
    package var casesPaired: Int
    package var meanAverageFirst: Double?
    package var meanAverageLatest: Double?
    package var meanChange: Double?
    package var meanChangeCI95: Interval?
    package var signedRank: SignedRankRow
    package var progressedAny: ShareRow
    package var bandRule: String
    package var above: ShareRow
    package var on: ShareRow
    package var below: ShareRow

    package init(_ row: DistanceRow) {
        dataset = row.dataset
        wave = row.wave
        tool = row.tool
        cases = row.cases
        casesPaired = row.casesPaired
        meanAverageFirst = row.meanAverageFirst
        meanAverageLatest = row.meanAverageLatest
        meanChange = row.meanChange
        meanChangeCI95 = row.meanChangeCI95
        signedRank = row.signedRank
        progressedAny = row.progressedAny
        bandRule = row.bandRule
        above = row.above
        on = row.on
        below = row.below
    }
}

/// `tables/outcome-domains.csv`: distance travelled per domain.
package struct OutcomeDomainCSVRow: Sendable, Encodable {
    package var dataset: String
    package var wave: String?
    package var tool: String
    package var domain: DistanceRow.Domain

    package static func rows(of row: DistanceRow) -> [OutcomeDomainCSVRow] {
        row.domains.map { OutcomeDomainCSVRow(dataset: row.dataset, wave: row.wave, tool: row.tool, domain: $0) }
    }
}

/// `tables/outcome-groups.csv`: distance travelled by group (suppressed groups: `shown_as`).
package struct OutcomeGroupCSVRow: Sendable, Encodable {
    package var dataset: String
    package var wave: String?
    package var tool: String
    package var group: DistanceRow.Group

    package static func rows(of row: DistanceRow) -> [OutcomeGroupCSVRow] {
        row.groups.map { OutcomeGroupCSVRow(dataset: row.dataset, wave: row.wave, tool: row.tool, group: $0) }
    }
}

/// `tables/progress-matrix.csv`: the progress matrix as a long table, one row per cell.
package struct ProgressMatrixCSVRow: Sendable, Encodable {
    package var dataset: String
    package var wave: String?
    package var tool: String
    package var firstBand: String
    package var latestBand: String
    package var cases: Int

    package static func rows(of row: DistanceRow) -> [ProgressMatrixCSVRow] {
        row.matrix.enumerated().flatMap { first, counts in
            counts.enumerated().map { latest, cases in
                ProgressMatrixCSVRow(
                    dataset: row.dataset, wave: row.wave, tool: row.tool,
                    firstBand: row.bands.indices.contains(first) ? row.bands[first] : String(first),
                    latestBand: row.bands.indices.contains(latest) ? row.bands[latest] : String(latest), cases: cases
                )
            }
        }
    }
}

/// `tables/case-kpis.csv`: each KPI over every case (no attribute), by group, and by progress
/// position (attribute `Progress`); a group under the suppression threshold has only `shown_as`.
package struct CaseKPICSVRow: Sendable, Encodable {
    package var dataset: String
    package var wave: String?
    package var attribute: String?
    package var group: String?
    package var kpiID: String
    package var label: String?
    package var base: String?
    package var shownAs: String?
    package var share: ShareRow?

    package static func rows(of row: CaseOutcomesRow) -> [CaseKPICSVRow] {
        let labels = Dictionary(row.kpis.map { ($0.kpiID, $0.label) }, uniquingKeysWith: { first, _ in first })
        let whole = row.kpis.map {
            CaseKPICSVRow(dataset: row.dataset, wave: row.wave, kpiID: $0.kpiID, label: $0.label, base: $0.base, share: $0.share)
        }
        let grouped = (row.byGroup + row.byProgress).map {
            CaseKPICSVRow(
                dataset: row.dataset, wave: row.wave, attribute: $0.attribute, group: $0.group, kpiID: $0.kpiID,
                label: labels[$0.kpiID], shownAs: $0.shownAs, share: $0.share
            )
        }
        return whole + grouped
    }
}

