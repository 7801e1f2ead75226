package import EvidentAnalysis
package import EvidentModel

/// One data set read: `inputs` in `results.json`, `tables/inputs.csv`, the appendix's sources
/// table (results spec).
package struct InputRow: Sendable, Encodable {
    package var dataset = ""
    package var kind = ""
    package var file = ""
    package var format = ""
    package var encoding = ""
    package var sha256 = ""
    package var wave: String?
    package var rowsRead = 0
    package var complete = 0
    package var partial = 0
    package var rejected = 0
    package var invalidValues = 0
    package var invited: Int?
    /// rows_read / invited × 100; `nil` without `invited`.
    package var responseRate: Double?
    /// Wilson interval, 95%; `nil` when more records were read than people invited.
    package var responseRateCI95: Interval?

    package init() {}

    package init(_ dataset: Dataset, rate: ProportionEstimate?) {
        self.dataset = dataset.id
        kind = dataset.kind.rawValue
        file = dataset.file
        format = dataset.format.rawValue
        encoding = dataset.encoding
        sha256 = dataset.sha256
        wave = dataset.wave
        rowsRead = dataset.accounting.rowsRead
        complete = dataset.accounting.complete
        partial = dataset.accounting.partial
        rejected = dataset.accounting.rejected
        invalidValues = dataset.rejections.filter { $0.kind == .invalidValue }.count
        invited = dataset.invited
        responseRate = dataset.responseRate
        responseRateCI95 = Interval(rate?.percentInterval)
    }
}
