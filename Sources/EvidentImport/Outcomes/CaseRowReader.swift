import EvidentModel

/// Reads case-outcome rows one by one under `CaseOutcomesLoader`'s rules. Column-wide facts —
/// each date column's order, whether re-referral is given as dates or as yes/no, the default
/// `as_of` — are settled from the whole table first.
struct CaseRowReader {
    /// How each date column is read.
    struct Dates {
        var opened: CalendarDates?
        var closed: CalendarDates?
        var reReferral: CalendarDates?
        var warnings: [String] = []
    }

    static let yes: Set<String> = ["yes", "y", "true", "1"]
    static let no: Set<String> = ["no", "n", "false", "0"]

    let dataset: String
    let spec: CaseOutcomesSpec
    let columns: CaseColumns
    let file: String
    let names: [String]
    let dates: Dates
    /// The re-referral window in days (stated, or 365 when read from dates).
    let window: Int?
    let asOf: CalendarDay?
    private let asOfIsDefault: Bool
    private let reasons: [String: CaseRecord.NeedsMet]
    private(set) var accounting = Accounting()
    private(set) var rejections: [Rejection] = []
    private(set) var records: [CaseRecord] = []
    private(set) var notYetKnown = 0
    private var seen: [String: (line: Int, fields: [String])] = [:]
    private var duplicates = 0
    private var stillOpen = 0

    init(dataset: String, spec: CaseOutcomesSpec, columns: CaseColumns, table: OutcomeTable) {
        self.dataset = dataset
        self.spec = spec
        self.columns = columns
        file = table.file
        names = table.columns.map(\.name)
        func values(_ column: Int?) -> [String] {
            guard let column else { return [] }
            return table.records.compactMap { column < $0.fields.count ? $0.fields[column] : nil }
        }
        var dates = Dates()
        var names: [(String, CalendarDates)] = []
        for (index, keyPath) in [(columns.opened, \Dates.opened), (columns.closed, \Dates.closed)] {
            guard let index else { continue }
            let reading = CalendarDates(values: values(index), dayFirst: spec.dayFirst)
            dates[keyPath: keyPath] = reading
            names.append((table.columns[index].name, reading))
        }
        if let index = columns.reReferral {
            let present = values(index).map(\.trimmedWhitespace).filter { !$0.isEmpty }
            let flags = present.filter { Self.yes.contains($0.lowercased()) || Self.no.contains($0.lowercased()) }
            if present.isEmpty || flags.count * 10 < present.count * 9 {
                let reading = CalendarDates(values: present, dayFirst: spec.dayFirst)
                dates.reReferral = reading
                names.append((table.columns[index].name, reading))
            }
        }
        for (name, reading) in names where reading.shown == .mixed {
            dates.warnings.append("dates in '\(name)' are written both day first and month first; read as \(reading.readAs == .monthFirst ? "month" : "day") first (date_order)")
        }
        self.dates = dates
        window = spec.reReferralWindowDays ?? (dates.reReferral != nil ? 365 : nil)
        var latest: CalendarDay?
        for (index, reading) in [(columns.opened, dates.opened), (columns.closed, dates.closed), (columns.reReferral, dates.reReferral)] {
            guard let index, let reading else { continue }
            for value in values(index) { if let day = reading.day(value), latest.map({ day > $0 }) ?? true { latest = day } }
        }
        asOf = spec.asOf ?? latest
        asOfIsDefault = spec.asOf == nil
        var reasons: [String: CaseRecord.NeedsMet] = [:]
        for (met, list) in spec.closureReasons {
            for reason in list { reasons[reason.trimmedWhitespace.lowercased()] = met }
        }
        self.reasons = reasons
    }

    mutating func add(_ record: CSVRecord) {
        let fields = record.fields
        if fields.allSatisfy(\.isBlank) { return }
        accounting.rowsRead += 1
        let location = SourceLocation(file: file, line: record.line)
        guard fields.count == columns.count else {
            return reject(location, caseID: nil, "has \(fields.count) fields, header has \(columns.count)")
        }
        let caseID = fields[columns.caseID].trimmedWhitespace
        guard !caseID.isEmpty else { return reject(location, caseID: nil, "has no case id") }
        if let earlier = seen[caseID] {
            if earlier.fields == fields {
                duplicates += 1
                return reject(location, caseID: caseID, "repeats line \(earlier.line) exactly (a duplicate)")
            }
            return reject(location, caseID: caseID, "repeats the case id of line \(earlier.line): one record per case")
        }
        seen[caseID] = (record.line, fields)
        var row = CaseRow(caseID: caseID, location: location, fields: fields, dataset: dataset, names: names)
        var outcome = CaseRecord(caseID: caseID, line: record.line, attributes: columns.attributes.map { fields[$0].trimmedWhitespace })
        outcome.opened = row.day(columns.opened, dates.opened, what: "opening date")
        outcome.closed = row.day(columns.closed, dates.closed, what: "closing date", blankIsFine: true)
        if let opened = outcome.opened, let closed = outcome.closed, closed < opened, let column = columns.closed {
            row.invalid(column, "closing date \(closed) is before the opening date \(opened)")
            outcome.closed = nil
        }
        let isOpen = columns.closed != nil && fields[columns.closed ?? 0].isBlank
        if isOpen { stillOpen += 1 }
        if let column = columns.closure {
            let text = fields[column].trimmedWhitespace
            if let met = reasons[text.lowercased()] {
                outcome.needsMet = met
            } else if !text.isEmpty {
                row.invalid(column, "'\(text)' is in none of the needs_met lists", value: text)
            } else if !isOpen {
                row.missing()
            }
        }
        outcome.stepUpDuring = row.flag(columns.stepUpDuring, blankIsFine: false)
        outcome.stepUpAfter = row.flag(columns.stepUpAfter, blankIsFine: isOpen)
        outcome.reReferred = reReferral(&row, closed: outcome.closed, isOpen: isOpen)
        accounting.record(row.isComplete ? .complete : .partial)
        rejections += row.rejections
        records.append(outcome)
    }

    /// Re-referred within the window, from a date column or a yes/no column.
    private mutating func reReferral(_ row: inout CaseRow, closed: CalendarDay?, isOpen: Bool) -> Bool? {
        guard let column = columns.reReferral else { return nil }
        guard let reading = dates.reReferral else { return row.flag(column, blankIsFine: isOpen) }
        guard let closed, let window else { return nil }
        if let asOf, closed.days + window > asOf.days {
            notYetKnown += 1
            return nil
        }
        let text = row.fields[column].trimmedWhitespace
        if text.isEmpty { return false }
        guard let day = reading.day(text) else {
            row.invalid(column, "'\(text)' is not a date", value: text)
            return nil
        }
        guard day >= closed else {
            row.invalid(column, "re-referral date \(day) is before the closing date \(closed)", value: text)
            return nil
        }
        return day.days - closed.days <= window
    }

    func notes() -> [Diagnostic] {
        let at = SourceLocation(file: file)
        var notes: [Diagnostic] = [.note("\(records.count) case(s), \(stillOpen) still open", at: at)]
        if let window, dates.reReferral != nil {
            let source = asOfIsDefault ? "the latest date in the file" : "as_of"
            notes.append(.note(
                "re-referral within \(window) days of closure; \(notYetKnown) case(s) closed less than \(window) days before \(asOf.map(String.init(describing:)) ?? "–") (\(source)) are left out of it",
                at: at
            ))
        }
        if duplicates > 0 { notes.append(.note("\(duplicates) row(s) repeating another exactly were left out as duplicates", at: at)) }
        return notes
    }

    private mutating func reject(_ location: SourceLocation, caseID: String?, _ reason: String) {
        accounting.record(.rejected)
        rejections.append(Rejection(kind: .record, dataset: dataset, location: location, respondent: caseID, reason: "record " + reason))
    }
}
