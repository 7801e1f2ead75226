package import EvidentAnalysis
package import EvidentImport

/// Agreement between the study's coders, measured during `evident report` when the manifest has
/// an `agreement:` section, so the appendix carries it beside the themes it qualifies.
package struct StudyAgreement: Sendable {
    package var result: AgreementResult
    package var report: AgreementReport
    package var rejected: [RejectedRow]
    /// Code id → label.
    package var labels: [String: String]

    package init(result: AgreementResult, report: AgreementReport, rejected: [RejectedRow], labels: [String: String]) {
        self.result = result
        self.report = report
        self.rejected = rejected
        self.labels = labels
    }
}
