public import EvidentModel

/// Checks manual codings and coverage against the study: the data set, the respondent, the
/// question and the code must exist, and offsets must fall inside the answer. Whatever does not
/// is rejected with its row and the reason (agreement spec §1), never dropped silently.
///
/// A question may be named by its id (the column header, compared without regard to case or
/// surrounding spaces) or by its number in the data set (`2` or `Q2`). A code id is compared
/// without regard to case.
public struct ManualCodingResolver: Sendable {
    private struct DatasetIndex: Sendable {
        var respondents: [String: Int]
        var dataset: Dataset
    }

    private let datasets: [String: DatasetIndex]
    private let codeIDs: [String: String]

    public init(datasets: [Dataset], codebook: Codebook) {
        var index: [String: DatasetIndex] = [:]
        for dataset in datasets {
            var respondents: [String: Int] = [:]
            for (position, respondent) in dataset.respondents.enumerated() where respondents[respondent.id] == nil {
                respondents[respondent.id] = position
            }
            index[dataset.id] = DatasetIndex(respondents: respondents, dataset: dataset)
        }
        self.datasets = index
        var codeIDs: [String: String] = [:]
        for placed in codebook.allCodes { codeIDs[placed.code.id.lowercased()] = placed.code.id }
        self.codeIDs = codeIDs
    }

    /// The codings and coverage of `set` that check out, the others moved to `rejected`.
    public func resolve(_ set: ManualCodingSet) -> ManualCodingSet {
        var resolved = ManualCodingSet(rejected: set.rejected, warnings: set.warnings)
        for var coding in set.codings {
            switch unit(dataset: coding.dataset, respondent: coding.respondent, question: coding.question) {
            case .failure(let reason):
                resolved.rejected.append(RejectedRow(location: coding.location, reason: reason.message))
                continue
            case .success(let unit):
                coding.question = unit.question
                guard let codeID = codeIDs[coding.codeID.lowercased()] else {
                    resolved.rejected.append(RejectedRow(location: coding.location, reason: "unknown code id '\(coding.codeID)'"))
                    continue
                }
                coding.codeID = codeID
                let length = unit.answer.unicodeScalars.count
                if let end = coding.end, let start = coding.start, end > length {
                    resolved.rejected.append(RejectedRow(
                        location: coding.location,
                        reason: "offsets \(start)-\(end) run past the end of the answer (\(length) characters)"
                    ))
                    continue
                }
                resolved.codings.append(coding)
            }
        }
        if let coverage = set.coverage {
            resolved.coverage = []
            for var entry in coverage {
                switch unit(dataset: entry.dataset, respondent: entry.respondent, question: entry.question) {
                case .failure(let reason):
                    resolved.rejected.append(RejectedRow(location: entry.location, reason: reason.message))
                case .success(let unit):
                    entry.question = unit.question
                    resolved.coverage?.append(entry)
                }
            }
        }
        return resolved
    }

    /// The answer a data set, respondent and question name, with the question's id.
    public func unit(dataset: String, respondent: String, question: String) -> Result<(question: String, answer: String), RowProblem> {
        guard let index = datasets[dataset] else {
            return .failure(.init("unknown data set '\(dataset)'"))
        }
        guard let row = index.respondents[respondent] else {
            return .failure(.init("unknown respondent '\(respondent)' in data set '\(dataset)'"))
        }
        guard let position = questionPosition(question, in: index.dataset) else {
            return .failure(.init("unknown question '\(question)' in data set '\(dataset)'"))
        }
        let answers = index.dataset.respondents[row].answers
        let answer = position < answers.count ? answers[position] : ""
        guard !answer.trimmedWhitespace.isEmpty else {
            return .failure(.init("respondent '\(respondent)' left question '\(index.dataset.questions[position].id)' empty"))
        }
        return .success((index.dataset.questions[position].id, answer))
    }

    private func questionPosition(_ name: String, in dataset: Dataset) -> Int? {
        if let exact = dataset.questions.firstIndex(where: { $0.id == name }) { return exact }
        let folded = name.trimmedWhitespace.lowercased()
        if let loose = dataset.questions.firstIndex(where: { $0.id.trimmedWhitespace.lowercased() == folded }) { return loose }
        let digits = folded.hasPrefix("q") ? String(folded.dropFirst()) : folded
        if let number = Int(digits), number >= 1, number <= dataset.questions.count { return number - 1 }
        return nil
    }
}
