import EvidentAnalysis
import EvidentImport
import EvidentModel
import EvidentReport

extension StudyAgreement {
    /// The manifest's `agreement:` section measured on the loaded study, as `evident agree` would.
    static func measure(_ spec: AgreementSpec, study: LoadedStudy) throws(InputError) -> StudyAgreement {
        let coding = try AgreeRun.read(codingPaths: spec.codingPaths, coveragePath: spec.coveragePath, study: study)
        let measured = try AgreeRun.agreement(study: study, coding: coding, reference: spec.reference)
        let labels = Dictionary(study.codebook?.allCodes.map { ($0.code.id, $0.code.label) } ?? [], uniquingKeysWith: { first, _ in first })
        return StudyAgreement(result: measured.result, report: measured.report, rejected: coding.rejected, labels: labels)
    }
}
