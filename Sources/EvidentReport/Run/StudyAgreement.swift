import EvidentAnalysis
import EvidentImport
import EvidentModel

/// Agreement between the study's coders, measured during `evident report` when the manifest has
/// an `agreement:` section, so the appendix carries it beside the themes it qualifies.
struct StudyAgreement {
    var result: AgreementResult
    var report: AgreementReport
    var rejected: [RejectedRow]
    var labels: [String: String]

    static func measure(_ spec: AgreementSpec, study: LoadedStudy) throws(InputError) -> StudyAgreement {
        let coding = try AgreeRun.read(codingPaths: spec.codingPaths, coveragePath: spec.coveragePath, study: study)
        let measured = try AgreeRun.agreement(study: study, coding: coding, reference: spec.reference)
        let labels = Dictionary(study.codebook?.allCodes.map { ($0.code.id, $0.code.label) } ?? [], uniquingKeysWith: { first, _ in first })
        return StudyAgreement(result: measured.result, report: measured.report, rejected: coding.rejected, labels: labels)
    }
}
