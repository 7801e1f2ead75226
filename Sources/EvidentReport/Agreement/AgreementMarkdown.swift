public import EvidentAnalysis
import EvidentFormats

/// The appendix's agreement section in Markdown: who coded what, the overall figures, a table of
/// codes with kappa, alpha and their band (and the automatic coding's F1 when a reference coder
/// was named), the reasons for any undefined value, and, code by code, the answers the coders
/// disagreed on, for the team to discuss. Every piece of text goes through
/// `MarkdownEscape.text`; numbers through `Format`.
public enum AgreementMarkdown {
    /// What a unit is: an answer of the study, or a document of REFI-QDA projects compared
    /// without a study (`QDPXSourceUnits`).
    public enum Unit: String, Sendable {
        case answer, document
    }

    public static func render(_ report: AgreementReport, heading: String = "##", unit: Unit = .answer) -> String {
        var lines = [heading + " Agreement between coders", ""]
        lines.append(summary(report, unit: unit))
        lines.append("")
        guard !report.rows.isEmpty else {
            lines.append("No coder applied any code.")
            return lines.joined(separator: "\n") + "\n"
        }
        let hasAuto = report.reference != nil
        lines.append("| Code | κ | α | Agreement |" + (hasAuto ? " F1 (automatic) |" : ""))
        lines.append("| --- | ---: | ---: | --- |" + (hasAuto ? " ---: |" : ""))
        for row in report.rows {
            // Non-breaking spaces, which Markdown keeps, nest sub-codes under their codes.
            let indent = row.depth == 0 ? "" : String(repeating: "\u{00A0}\u{00A0}", count: row.depth - 1) + "↳ "
            var cells = [
                indent + MarkdownEscape.text(row.label) + " (`" + row.codeID + "`)",
                Format.decimal(row.kappa, 2), Format.decimal(row.alpha, 2), row.band?.label ?? "–",
            ]
            if hasAuto { cells.append(Format.decimal(row.f1, 2)) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("κ: Cohen's kappa\(report.coders.count > 2 ? " (mean over pairs of coders)" : ""); α: Krippendorff's alpha; "
            + "bands: below 0.4 poor, 0.4–0.6 moderate, 0.6–0.8 substantial, above 0.8 almost perfect.")
        let undefined = report.rows.compactMap { row -> String? in
            guard let reason = row.alphaUndefined ?? row.kappaUndefined else { return nil }
            return "- `\(row.codeID)`: " + MarkdownEscape.text(reason) + "."
        }
        if !undefined.isEmpty {
            lines += ["", "Undefined values (–):", ""] + undefined
        }
        lines += disagreements(report, heading: heading + "#", unit: unit)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func summary(_ report: AgreementReport, unit: Unit) -> String {
        let coders = report.coders.map(MarkdownEscape.text).joined(separator: ", ")
        var text = "\(report.coders.count) coder\(report.coders.count == 1 ? "" : "s") (\(coders)) coded "
            + "\(report.units) \(unit.rawValue)\(report.units == 1 ? "" : "s") in common."
        if let percent = report.overall.percentAgreement {
            text += " They agreed on \(Format.percent(percent)) of code judgements"
            text += report.overall.unitExactPercent.map { " and gave identical codes to \(Format.percent($0)) of \(unit.rawValue)s" } ?? ""
            text += report.overall.alpha.map { " (α \(Format.decimal($0, 2)) over all codes)" } ?? ""
            text += "."
        }
        if let reference = report.reference {
            text += " The automatic coding was checked against \(MarkdownEscape.text(reference))"
            text += report.overall.macroF1.map { ": macro F1 \(Format.decimal($0, 2))." } ?? "."
        }
        return text
    }

    private static func disagreements(_ report: AgreementReport, heading: String, unit noun: Unit) -> [String] {
        let rows = report.rows.filter { !$0.disagreements.isEmpty }
        guard !rows.isEmpty else { return [] }
        var lines = ["", heading + " Disagreements to discuss", ""]
        for row in rows {
            let count = row.disagreements.count
            lines.append("**\(MarkdownEscape.text(row.label))** (`\(row.codeID)`): \(count) \(noun.rawValue)\(count == 1 ? "" : "s")")
            lines.append("")
            for disagreement in row.disagreements {
                let unit = disagreement.unit
                let applied = disagreement.appliedBy.map(MarkdownEscape.text).joined(separator: ", ")
                let notApplied = disagreement.notAppliedBy.map(MarkdownEscape.text).joined(separator: ", ")
                if noun == .document {
                    lines.append("- “\(MarkdownEscape.text(unit.respondent))”: applied by \(applied), not by \(notApplied)")
                } else {
                    lines.append("- \(MarkdownEscape.text(unit.dataset)), respondent \(MarkdownEscape.text(unit.respondent)), "
                        + "“\(MarkdownEscape.text(unit.question))”: applied by \(applied), not by \(notApplied)")
                }
            }
            lines.append("")
        }
        lines.removeLast()
        return lines
    }
}
