public import EvidentAnalysis
public import EvidentFormats

/// `agreement.csv`: one row per code and pair of coders (one row with the pair columns empty when
/// there is a single coder), with the code's alpha, band and automatic-coding figures repeated on
/// each of its rows, so the table filters and sorts in a spreadsheet. Numbers unrounded;
/// undefined values empty, with the reason in the `*_undefined` column.
public enum AgreementCSV {
    public static let header = [
        "code_id", "label", "coder_a", "coder_b", "units", "percent_agreement", "kappa", "kappa_undefined", "alpha",
        "alpha_undefined", "band", "auto_units", "tp", "fp", "fn", "precision", "recall", "f1", "f1_undefined",
    ]

    public static func table(_ result: AgreementResult, labels: [String: String]) -> CSVTable {
        var table = CSVTable(header: header)
        for code in result.codes {
            let band: CSVTable.Cell = code.alpha.map { .text(AgreementBand($0).label) } ?? .empty
            let shared: [CSVTable.Cell] = [.number(code.alpha), text(code.alphaUndefined), band]
            let auto: [CSVTable.Cell] = [
                code.auto.map { .integer($0.units) } ?? .empty, code.auto.map { .integer($0.truePositives) } ?? .empty,
                code.auto.map { .integer($0.falsePositives) } ?? .empty, code.auto.map { .integer($0.falseNegatives) } ?? .empty,
                .number(code.auto?.precision), .number(code.auto?.recall), .number(code.auto?.f1),
                text(code.auto?.f1Undefined ?? code.autoUndefined),
            ]
            let start: [CSVTable.Cell] = [.text(code.codeID), text(labels[code.codeID])]
            if code.pairs.isEmpty {
                table.rows.append(start + [.empty, .empty, .empty, .empty, .empty, .empty] + shared + auto)
            }
            for pair in code.pairs {
                let pairCells: [CSVTable.Cell] = [
                    .text(pair.coders[0]), .text(pair.coders[1]), .integer(pair.units), .number(pair.percentAgreement),
                    .number(pair.kappa), text(pair.kappaUndefined),
                ]
                table.rows.append(start + pairCells + shared + auto)
            }
        }
        return table
    }

    private static func text(_ value: String?) -> CSVTable.Cell {
        value.map { .text($0) } ?? .empty
    }
}
