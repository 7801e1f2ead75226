import EvidentModel

/// Small hand-made data sets for the analysis tests.
enum Fixtures {
    static let confidence = Scale.builtIn[0]

    static func item(_ id: String, scale: Scale = confidence) -> ScaleItem {
        ScaleItem(id: id, label: id, column: id, scale: scale)
    }

    /// A data set whose respondents hold `rows` of item values (nil = missing) and attributes.
    static func dataset(
        _ id: String, kind: DatasetKind = .practitionerSurvey, wave: String? = nil, items: [ScaleItem],
        rows: [[Double?]], attributes: [String] = [], groups: [[String]] = [], answers: [[String]] = []
    ) -> Dataset {
        let respondents = rows.enumerated().map { index, row in
            Respondent(
                id: "\(id)-\(index + 1)", line: index + 2, attributes: groups.indices.contains(index) ? groups[index] : [],
                values: row.map { $0.map(ItemValue.valid) ?? .missing },
                answers: answers.indices.contains(index) ? answers[index] : [], status: .complete
            )
        }
        let questions = (answers.first ?? []).indices.map { Question(id: "q\($0 + 1)", text: "Question \($0 + 1)") }
        return Dataset(
            id: id, kind: kind, wave: wave, file: "\(id).csv", format: .csv, encoding: "utf-8", sha256: "", invited: nil,
            attributes: attributes, items: items, questions: questions, respondents: respondents,
            accounting: Accounting(rowsRead: rows.count, complete: rows.count, partial: 0, rejected: 0),
            rejections: [], diagnostics: []
        )
    }
}
