public import EvidentModel

/// Reads the manual coding CSV of the agreement spec (§1): one row per code applied, columns
/// `dataset, respondent, question, code_id, coder` and optionally `start, end, note` (names
/// case-insensitive, any order; other columns, such as the answer pasted in for convenience,
/// are ignored with a note). Also reads the coverage CSV: `dataset, respondent, question, coder`.
///
/// A missing required column stops the file; a bad row (an empty required cell, offsets that
/// are not whole numbers or run backwards) is rejected with its line and read past. Whether the
/// data set, respondent, question and code exist is checked against the study afterwards
/// (`ManualCodingResolver`).
public enum ManualCodingCSVReader {
    static let codingColumns = ["dataset", "respondent", "question", "code_id", "coder"]
    static let optionalColumns = ["start", "end", "note"]
    static let coverageColumns = ["dataset", "respondent", "question", "coder"]

    /// Reads a coding file; the question is kept as the file writes it.
    public static func readCodings(path: String) throws(InputError) -> ManualCodingSet {
        var set = ManualCodingSet()
        try readRows(path: path, required: codingColumns, optional: optionalColumns, into: &set) { cells, location, set in
            var coding = ManualCoding(
                dataset: cells["dataset"] ?? "", respondent: cells["respondent"] ?? "", question: cells["question"] ?? "",
                codeID: cells["code_id"] ?? "", coder: cells["coder"] ?? "", location: location
            )
            if let note = cells["note"], !note.isEmpty { coding.note = note }
            switch offsets(start: cells["start"] ?? "", end: cells["end"] ?? "") {
            case .success(let span):
                coding.start = span?.start
                coding.end = span?.end
                set.codings.append(coding)
            case .failure(let reason):
                set.rejected.append(RejectedRow(location: location, reason: reason.message))
            }
        }
        return set
    }

    /// Reads a coverage file.
    public static func readCoverage(path: String) throws(InputError) -> ManualCodingSet {
        var set = ManualCodingSet(coverage: [])
        try readRows(path: path, required: coverageColumns, optional: [], into: &set) { cells, location, set in
            set.coverage?.append(CoverageEntry(
                dataset: cells["dataset"] ?? "", respondent: cells["respondent"] ?? "", question: cells["question"] ?? "",
                coder: cells["coder"] ?? "", location: location
            ))
        }
        return set
    }

    /// `start` and `end` both empty (no offsets), or both whole numbers with `start ≤ end`.
    static func offsets(start: String, end: String) -> Result<(start: Int, end: Int)?, RowProblem> {
        if start.isEmpty, end.isEmpty { return .success(nil) }
        guard !start.isEmpty, !end.isEmpty else {
            return .failure(RowProblem(start.isEmpty ? "end '\(end)' without a start" : "start '\(start)' without an end"))
        }
        guard let from = Int(start), from >= 0 else { return .failure(RowProblem("start '\(start)' is not a whole number of characters")) }
        guard let to = Int(end), to >= 0 else { return .failure(RowProblem("end '\(end)' is not a whole number of characters")) }
        guard from <= to else { return .failure(RowProblem("end \(to) comes before start \(from)")) }
        return .success((from, to))
    }

    private static func readRows(
        path: String, required: [String], optional: [String], into set: inout ManualCodingSet,
        row handle: ([String: String], SourceLocation, inout ManualCodingSet) -> Void
    ) throws(InputError) {
        let file = FilePaths.display(path)
        let reader = try CSVReader(path: path, displayPath: file)
        guard let header = try reader.next() else {
            throw InputError("the file is empty", at: SourceLocation(file: file, line: 1), help: "add a header row: \(required.joined(separator: ", "))")
        }
        let names = header.fields.map { $0.trimmedWhitespace.lowercased() }
        for column in required where !names.contains(column) {
            throw InputError(
                "the header has no column '\(column)'", at: SourceLocation(file: file, line: header.line),
                help: "the columns are \(required.joined(separator: ", "))\(optional.isEmpty ? "" : ", and optionally \(optional.joined(separator: ", "))")"
            )
        }
        let known = Set(required + optional)
        let ignored = names.filter { !known.contains($0) && !$0.isEmpty }
        if !ignored.isEmpty {
            set.warnings.append(.note("columns not used: \(ignored.joined(separator: ", "))", at: SourceLocation(file: file, line: header.line)))
        }
        while let record = try reader.next() {
            let location = SourceLocation(file: file, line: record.line)
            var cells: [String: String] = [:]
            for (index, name) in names.enumerated() where known.contains(name) && cells[name] == nil {
                cells[name] = index < record.fields.count ? record.fields[index].trimmedWhitespace : ""
            }
            if let empty = required.first(where: { (cells[$0] ?? "").isEmpty }) {
                set.rejected.append(RejectedRow(location: location, reason: "empty \(empty)"))
                continue
            }
            handle(cells, location, &set)
        }
    }
}
