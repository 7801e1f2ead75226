import EvidentAnalysis
import EvidentModel

/// Agreement between coders for the HTML appendix: each code's kappa and alpha, coloured by the
/// usual bands, and the answers coders disagreed on, to discuss.
extension AppendixContext {
    static func agreement(_ report: AgreementReport) -> [String: Any] {
        let overall = report.overall
        var figures = ["\(report.coders.count) coders (\(report.coders.joined(separator: ", "))), \(Format.count(report.units)) answers coded by at least two"]
        if let percent = overall.percentAgreement { figures.append("\(Format.percent(percent)) of judgements agree") }
        if let exact = overall.unitExactPercent { figures.append("identical code sets on \(Format.percent(exact)) of answers") }
        if let alpha = overall.alpha { figures.append("overall Krippendorff's alpha \(Format.decimal(alpha, 2))") }
        if let f1 = overall.macroF1, let reference = report.reference { figures.append("automatic coding against \(reference): macro F1 \(Format.decimal(f1, 2))") }
        return [
            "summary": figures.joined(separator: "; "),
            "rows": report.rows.map { row -> [String: Any] in
                [
                    "label": row.label, "indent": String(repeating: "↳ ", count: row.depth),
                    "kappa": row.kappa.map { Format.decimal($0, 2) } ?? "undefined",
                    "kappaNote": row.kappaUndefined ?? "",
                    "alpha": row.alpha.map { Format.decimal($0, 2) } ?? "undefined",
                    "alphaNote": row.alphaUndefined ?? "",
                    "band": row.band.map { String($0.rawValue.map { $0 == "-" ? " " : $0 }) } ?? "–",
                    "bandClass": row.band?.rawValue ?? "undefined",
                    "f1": row.f1.map { Format.decimal($0, 2) } ?? "–",
                    "disagreements": row.disagreements.count,
                ]
            },
            "discussion": report.rows.filter { !$0.disagreements.isEmpty }.map { row -> [String: Any] in
                [
                    "label": row.label,
                    "units": row.disagreements.map { disagreement -> [String: Any] in
                        [
                            "unit": "\(disagreement.unit.dataset) · \(disagreement.unit.respondent) · \(disagreement.unit.question)",
                            "applied": disagreement.appliedBy.joined(separator: ", "),
                            "notApplied": disagreement.notAppliedBy.joined(separator: ", "),
                        ]
                    },
                ]
            },
        ]
    }
}
