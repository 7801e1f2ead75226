import EvidentAnalysis
import EvidentAnonymisation
import EvidentModel

/// Coding notes: the codebook and how free text was split, how much of each data set it coded,
/// what it does not code, what anonymisation replaced, and agreement between coders.
enum CodingSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let results = input.results
        let document = input.document
        var intro: [Run] = [.plain("Codebook "), .emphasis(results.codebook?.name ?? "(none)")]
        if let version = results.codebook?.version { intro.append(.plain(", version \(version)")) }
        let unit = results.codebook?.options.segment == .response ? "whole answers" : "sentences"
        intro += [
            .plain(": \(results.codebook?.allCodes.count ?? 0) codes and themes. Free text was split into \(unit) and coded automatically by the codebook's patterns; "),
            .code("coded_segments.csv"), .plain(" lists every coded segment with the patterns that matched."),
        ]
        var blocks: [Block] = [.paragraph(Paragraph(intro))]
        blocks.append(.table(Table(
            caption: "Free-text answers coded, by data set",
            columns: [
                Column("Data set"), Column("Answers with text", numeric: true), Column("Coded", numeric: true),
                Column("Not coded by any code", numeric: true),
            ],
            rows: document.coding.enumerated().map { index, row in
                let at = "/coding/\(index)/"
                return Row([
                    Cell(row.dataset), .number(Format.count(row.answers), value: Double(row.answers), source: at + "answers"),
                    .number(Format.count(row.coded), value: Double(row.coded), source: at + "coded"),
                    .number(Format.count(row.uncoded), value: Double(row.uncoded), source: at + "uncoded", aside: Format.percent(row.pctUncoded)),
                ])
            },
            style: "compact"
        )))
        blocks += uncoded(input)
        if input.redactions.texts > 0 {
            blocks.append(.paragraph(Paragraph("Quotes were anonymised before publication: \(redactionSummary(input.redactions)).")))
        }
        if let agreement = input.agreement { blocks += self.agreement(agreement.report) }
        return [Section(id: "coding", title: "Coding notes", tier: .annex, blocks: blocks)]
    }

    /// The commonest words and phrases in answers no code touched, per data set.
    static func uncoded(_ input: AppendixInput) -> [Block] {
        let rows = input.document.uncoded.enumerated().filter { $0.element.uncoded > 0 }
        guard !rows.isEmpty else { return [] }
        return [
            .heading(Heading(level: 3, "What the codebook does not code")),
            .table(Table(
                caption: "The commonest words and phrases in answers no code touched",
                columns: [Column("Data set"), Column("Uncoded answers", numeric: true), Column("Commonest words"), Column("Commonest phrases")],
                rows: rows.map { index, row in
                    Row([
                        Cell(row.dataset),
                        .number(
                            "\(Format.count(row.uncoded)) of \(Format.count(row.answers)) (\(Format.percent(row.pctUncoded)))",
                            value: Double(row.uncoded), source: "/uncoded/\(index)/uncoded"),
                        Cell(row.words.prefix(12).map { "\($0.text) (\(Format.count($0.answers)))" }.joined(separator: ", ")),
                        Cell(row.phrases.prefix(8).map { "\($0.text) (\(Format.count($0.answers)))" }.joined(separator: ", ")),
                    ])
                },
                notes: [Paragraph([
                    .plain("Stop words left out; each term counted once per answer; terms in fewer than \(input.results.spec.suppressBelow) answers, and names, are not shown. Full lists in "),
                    .code("tables/uncoded-terms.csv"), .plain("."),
                ], style: .note)],
                style: "compact"
            )),
        ]
    }

    /// Each code's kappa and alpha, coloured by the usual bands, and the answers coders
    /// disagreed on, to discuss (agreement spec §3).
    static func agreement(_ report: AgreementReport) -> [Block] {
        let overall = report.overall
        var figures = ["\(report.coders.count) coders (\(report.coders.joined(separator: ", "))), \(Format.count(report.units)) answers coded by at least two"]
        if let percent = overall.percentAgreement { figures.append("\(Format.percent(percent)) of judgements agree") }
        if let exact = overall.unitExactPercent { figures.append("identical code sets on \(Format.percent(exact)) of answers") }
        if let alpha = overall.alpha { figures.append("overall Krippendorff's alpha \(Format.decimal(alpha, 2))") }
        if let f1 = overall.macroF1, let reference = report.reference { figures.append("automatic coding against \(reference): macro F1 \(Format.decimal(f1, 2))") }
        var blocks: [Block] = [
            .heading(Heading(level: 3, "Agreement between coders")),
            .paragraph(Paragraph([
                .plain(figures.joined(separator: "; ") + ". Bands: below 0.4 poor, 0.4–0.6 moderate, 0.6–0.8 substantial, above 0.8 almost perfect. Full figures in "),
                .code("agreement.json"), .plain(" and "), .code("agreement.csv"), .plain("."),
            ])),
            .table(Table(
                caption: "Agreement between coders, code by code",
                columns: [
                    Column("Code"), Column("Cohen's kappa", numeric: true), Column("Krippendorff's alpha", numeric: true), Column("Band"),
                    Column("Automatic F1", numeric: true), Column("Disagreements", numeric: true),
                ],
                rows: report.rows.map { row in
                    var label = Cell(row.label)
                    label.indent = row.depth == 0 ? nil : String(repeating: "↳ ", count: row.depth)
                    var kappa = Cell.numeric(row.kappa.map { Format.decimal($0, 2) } ?? "undefined")
                    kappa.tooltip = row.kappaUndefined
                    var alpha = Cell.numeric(row.alpha.map { Format.decimal($0, 2) } ?? "undefined")
                    alpha.tooltip = row.alphaUndefined
                    var band = Cell(row.band.map { String($0.rawValue.map { $0 == "-" ? " " : $0 }) } ?? "–")
                    band.band = "band " + (row.band?.rawValue ?? "undefined")
                    return Row([
                        label, kappa, alpha, band, .numeric(row.f1.map { Format.decimal($0, 2) } ?? "–"),
                        .numeric(String(row.disagreements.count)),
                    ], depth: row.depth)
                },
                style: "compact agreement"
            )),
        ]
        let discussed = report.rows.filter { !$0.disagreements.isEmpty }
        guard !discussed.isEmpty else { return blocks }
        blocks.append(.heading(Heading(level: 4, "Answers to discuss")))
        for row in discussed {
            blocks.append(.paragraph(Paragraph([.strong(row.label)])))
            blocks.append(.list(ListBlock(style: "disagreements", items: row.disagreements.map { disagreement in
                let unit = disagreement.unit
                return Paragraph([
                    .code("\(unit.dataset) · \(unit.respondent) · \(unit.question)"),
                    .plain(": applied by \(disagreement.appliedBy.joined(separator: ", ")); not by \(disagreement.notAppliedBy.joined(separator: ", "))"),
                ])
            })))
        }
        return blocks
    }

    /// "12 names, 3 email addresses and 2 phone numbers replaced in 15 of 240 quoted texts".
    static func redactionSummary(_ summary: RedactionSummary) -> String {
        let words: [RedactionKind: (String, String)] = [
            .name: ("name", "names"), .email: ("email address", "email addresses"), .phone: ("phone number", "phone numbers"),
            .postcode: ("postcode", "postcodes"), .date: ("date", "dates"), .number: ("NHS number", "NHS numbers"),
            .address: ("address", "addresses"),
        ]
        let parts = summary.entries.filter { $0.count > 0 }.map { entry -> String in
            let (one, many) = words[entry.kind] ?? (entry.kind.rawValue, entry.kind.rawValue)
            return "\(entry.count) \(entry.count == 1 ? one : many)"
        }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "") : (parts.first ?? "nothing")
        return "\(list) replaced in \(summary.textsChanged) of \(summary.texts) quoted texts"
    }
}
