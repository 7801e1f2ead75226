import EvidentModel

/// One column's values from the records inference looked at: the non-blank ones (trimmed, the
/// layout's "seen but unanswered" marker counted as blank) and how many were blank.
struct ColumnValues: Sendable {
    var header: ColumnHeader
    var values: [String]
    var blanks: Int
    /// SurveyMonkey's row-2 label as written (`Open-Ended Response`), when the header had one.
    var rowTwoLabel: String?

    /// `codesAfterLabels`: answers may carry their code after the label (`Strongly agree (7)`,
    /// `ExportLayout.answersCarryCodes`), and are profiled as their labels.
    init(header: ColumnHeader, index: Int, records: [[String]], sentinel: String?, rowTwoLabel: String? = nil, codesAfterLabels: Bool = false) {
        self.header = header
        self.rowTwoLabel = rowTwoLabel
        var values: [String] = []
        var blanks = 0
        for record in records {
            var value = index < record.count ? record[index].trimmedWhitespace : ""
            if codesAfterLabels, let label = AnswerCode.label(of: value) { value = label }
            if value.isEmpty || value == sentinel { blanks += 1 } else { values.append(value) }
        }
        self.values = values
        self.blanks = blanks
    }

    /// Distinct values, most common first (ties in order of first appearance).
    var byFrequency: [String] {
        counted.map(\.value)
    }

    /// Distinct values with how many records hold each, most common first (ties in order of
    /// first appearance).
    var counted: [(value: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        return order.enumerated().sorted { (counts[$0.element] ?? 0, -$0.offset) > (counts[$1.element] ?? 0, -$1.offset) }
            .map { ($0.element, counts[$0.element] ?? 0) }
    }

    var averageLength: Double {
        values.isEmpty ? 0 : Double(values.reduce(0) { $0 + $1.count }) / Double(values.count)
    }
}
