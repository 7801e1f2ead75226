package import EvidentModel

/// A rejected record or an invalid value: `rejections` in `results.json`, `rejections.csv`, the
/// appendix's rejections table (study spec §5: file, line and reason for every one).
package struct RejectionRow: Sendable, Encodable {
    package var dataset = ""
    /// `record` or `invalid-value`.
    package var kind = ""
    package var file = ""
    package var line: Int?
    package var respondent: String?
    package var column: String?
    package var value: String?
    package var reason = ""

    package init() {}

    package init(_ rejection: Rejection) {
        dataset = rejection.dataset
        kind = rejection.kind.rawValue
        file = rejection.location.file
        line = rejection.location.line
        respondent = rejection.respondent
        column = rejection.column
        value = rejection.value
        reason = rejection.reason
    }
}
