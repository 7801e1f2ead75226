package import EvidentAnalysis
package import EvidentFormats

/// Themes and codes found in the same answer: `co_occurrence` in `results.json` (each code's
/// answers, and each pair found together at least once) and the matrix
/// `tables/code-co-occurrence.csv`, both from this one value.
package struct CoOccurrenceRow: Sendable, Encodable {
    package var unit = "answer"
    package var codes: [CodeAnswers] = []
    package var pairs: [Pair] = []
    /// The full matrix, for the CSV table and the appendix.
    private let matrix: CoOccurrence?

    package struct CodeAnswers: Sendable, Encodable {
        package var codeID: String
        package var answers: Int
    }

    package struct Pair: Sendable, Encodable {
        package var codes: [String]
        package var answers: Int
    }

    enum CodingKeys: String, CodingKey {
        case unit, codes, pairs
    }

    package init(_ table: CoOccurrence?) {
        matrix = table
        guard let table else { return }
        codes = table.codeIDs.enumerated().map { CodeAnswers(codeID: $1, answers: table.counts[$0][$0]) }
        for first in table.codeIDs.indices {
            for second in table.codeIDs.indices where second > first && table.counts[first][second] > 0 {
                pairs.append(Pair(codes: [table.codeIDs[first], table.codeIDs[second]], answers: table.counts[first][second]))
            }
        }
    }

    /// The matrix: one row and one column per code, answers coded with both.
    package var csvTable: CSVTable {
        guard let matrix else { return CSVTable(header: ["code_id"]) }
        return CSVTable(
            header: ["code_id"] + matrix.codeIDs,
            rows: matrix.codeIDs.enumerated().map { index, id in [.text(id)] + matrix.counts[index].map { .integer($0) } }
        )
    }
}
