import EvidentModel

/// Applies the outcome-readings rules row by row, then reduces the kept readings to journeys.
/// Statuses are settled only in `finish`, since a later row can supersede an earlier one.
struct ReadingSorter {
    /// A reading that passed the row-level checks, with what it will count as if it is kept.
    private struct Candidate {
        var reading: OutcomeReading
        var attributes: [String]
        var status: RecordStatus
        var invalid: [Rejection]
        /// The fields as read, to tell an exact repeat from a correction.
        var fields: [String]
    }

    let dataset: String
    let tool: OutcomeTool
    let file: String
    private(set) var accounting = Accounting()
    private(set) var rejections: [Rejection] = []
    private var candidates: [Candidate] = []
    /// Index into `candidates` of the reading kept for each case and date.
    private var kept: [String: Int] = [:]
    private var dropped: Set<Int> = []
    private(set) var unapproved = 0
    private(set) var superseded = 0
    private(set) var duplicates = 0
    private var blank = 0

    init(dataset: String, tool: OutcomeTool, table: OutcomeTable) {
        self.dataset = dataset
        self.tool = tool
        file = table.file
    }

    mutating func add(_ record: CSVRecord, columns: ReadingColumns, dates: CalendarDates, approvedValues: Set<String>) {
        let fields = record.fields
        if fields.allSatisfy(\.isBlank) {
            blank += 1
            return
        }
        accounting.rowsRead += 1
        let location = SourceLocation(file: file, line: record.line)
        guard fields.count == columns.count else {
            return reject(location, caseID: nil, "has \(fields.count) fields, header has \(columns.count)")
        }
        let caseID = fields[columns.caseID].trimmedWhitespace
        guard !caseID.isEmpty else { return reject(location, caseID: nil, "has no case id") }
        let dateText = fields[columns.date].trimmedWhitespace
        guard !dateText.isEmpty else { return reject(location, caseID: caseID, "has no date") }
        guard let day = dates.day(dateText) else { return reject(location, caseID: caseID, "has '\(dateText)' for its date, which is not a date") }
        if let column = columns.approved, !approvedValues.contains(fields[column].trimmedWhitespace.lowercased()) {
            unapproved += 1
            let value = fields[column].trimmedWhitespace
            return reject(location, caseID: caseID, "is not approved by the worker ('\(value.isEmpty ? "blank" : value)'): a draft is left out")
        }
        var values: [Double?] = []
        var invalid: [Rejection] = []
        var complete = true
        for (domain, column) in zip(tool.domains, columns.domains) {
            switch tool.read(fields[column]) {
            case .valid(let value): values.append(value)
            case .missing:
                values.append(nil)
                complete = false
            case .invalid(let text):
                values.append(nil)
                complete = false
                invalid.append(Rejection(
                    kind: .invalidValue, dataset: dataset, location: location, respondent: caseID, column: domain.label, value: text,
                    reason: "'\(text)' is not a reading of \(tool.name) (\(tool.wholeNumbers ? "whole numbers " : "")\(tool.min.compactDescription)–\(tool.max.compactDescription))"
                ))
            }
        }
        guard values.contains(where: { $0 != nil }) else {
            rejections += invalid
            return reject(location, caseID: caseID, "has no valid reading in any domain")
        }
        let candidate = Candidate(
            reading: OutcomeReading(caseID: caseID, date: day, line: record.line, values: values),
            attributes: columns.attributes.map { fields[$0].trimmedWhitespace }, status: complete ? .complete : .partial,
            invalid: invalid, fields: fields
        )
        let key = caseID + "\u{0}" + String(day.days)
        let index = candidates.count
        candidates.append(candidate)
        guard let earlier = kept[key] else {
            kept[key] = index
            return
        }
        if candidates[earlier].fields == fields {
            duplicates += 1
            dropped.insert(index)
            reject(location, caseID: caseID, "repeats line \(candidates[earlier].reading.line) exactly (a duplicate)", counted: false)
        } else {
            superseded += 1
            dropped.insert(earlier)
            kept[key] = index
            reject(
                SourceLocation(file: file, line: candidates[earlier].reading.line), caseID: caseID,
                "is superseded by line \(record.line), a later row for the same case and date", counted: false
            )
        }
    }

    /// Settles every kept reading's status and builds one journey per case.
    mutating func finish(bands: ProgressBands) -> OutcomeReadingSet {
        var order: [String] = []
        var byCase: [String: [Candidate]] = [:]
        for (index, candidate) in candidates.enumerated() where !dropped.contains(index) {
            accounting.record(candidate.status)
            rejections += candidate.invalid
            if byCase[candidate.reading.caseID] == nil { order.append(candidate.reading.caseID) }
            byCase[candidate.reading.caseID, default: []].append(candidate)
        }
        // Rejections already counted for superseded and repeated rows.
        accounting.rejected += duplicates + superseded
        var outOfOrder = 0
        let journeys = order.map { caseID -> CaseJourney in
            let inFile = byCase[caseID] ?? []
            let sorted = inFile.sorted { ($0.reading.date, $0.reading.line) < ($1.reading.date, $1.reading.line) }
            if sorted.map(\.reading.line) != inFile.map(\.reading.line) { outOfOrder += 1 }
            let attributes = (0..<(sorted.first?.attributes.count ?? 0)).map { column in
                sorted.lazy.map { $0.attributes[column] }.first { !$0.isEmpty } ?? ""
            }
            return CaseJourney(
                caseID: caseID, attributes: attributes, first: sorted[0].reading,
                latest: sorted.count > 1 ? sorted[sorted.count - 1].reading : nil, readings: sorted.count
            )
        }
        rejections.sort { ($0.location.line ?? 0, $0.kind == .record ? 0 : 1) < ($1.location.line ?? 0, $1.kind == .record ? 0 : 1) }
        return OutcomeReadingSet(
            tool: tool, bands: bands, journeys: journeys, casesOutOfOrder: outOfOrder, unapproved: unapproved, superseded: superseded
        )
    }

    /// What the run says about how readings became journeys.
    func notes(_ set: OutcomeReadingSet, file: String) -> [Diagnostic] {
        let at = SourceLocation(file: file)
        let single = set.journeys.count - set.casesWithChange
        var notes: [Diagnostic] = [.note(
            "\(set.journeys.count) case(s): \(set.casesWithChange) with a first and a latest reading, \(single) with a single reading (start figures only)",
            at: at
        )]
        if set.casesOutOfOrder > 0 {
            notes.append(.note("\(set.casesOutOfOrder) case(s) had readings out of date order in the file; each case's readings were ordered by date", at: at))
        }
        if unapproved > 0 { notes.append(.note("\(unapproved) reading(s) not approved by the worker were left out", at: at)) }
        if superseded > 0 { notes.append(.note("\(superseded) reading(s) superseded by a later row for the same case and date", at: at)) }
        if duplicates > 0 { notes.append(.note("\(duplicates) row(s) repeating another exactly were left out as duplicates", at: at)) }
        if blank > 0 { notes.append(.note("skipped \(blank) blank record(s) (every field empty)", at: at)) }
        return notes
    }

    private mutating func reject(_ location: SourceLocation, caseID: String?, _ reason: String, counted: Bool = true) {
        if counted { accounting.record(.rejected) }
        rejections.append(Rejection(kind: .record, dataset: dataset, location: location, respondent: caseID, reason: "record " + reason))
    }
}
