import EvidentFormats
import EvidentModel

/// `agreement.json` and `agreement.csv`, when the study has double coding (agreement spec §3).
struct AgreementFiles: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        guard let agreement = content.agreement else { return }
        let json = AgreementJSON.document(agreement.result, labels: agreement.labels, rejected: agreement.rejected)
        try folder.write(json.rendered(), to: "agreement.json")
        try folder.write(AgreementCSV.table(agreement.result, labels: agreement.labels).rendered(), to: "agreement.csv")
    }
}
