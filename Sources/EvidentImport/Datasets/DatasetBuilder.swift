import EvidentModel

/// Turns records into respondents one at a time, keeping the account as it goes.
struct DatasetBuilder {
    let spec: DatasetSpec
    let plan: RecordPlan
    let file: String
    private var respondents: [Respondent] = []
    private var seenIDs: Set<String> = []
    private var accounting = Accounting()
    private var rejections: [Rejection] = []
    private var diagnostics: [Diagnostic] = []
    private var blankRecords = 0

    init(spec: DatasetSpec, plan: RecordPlan, file: String) {
        self.spec = spec
        self.plan = plan
        self.file = file
    }

    mutating func note(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func add(_ record: CSVRecord) {
        if record.fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) {
            // A line of spaces is a blank line; a record of delimiters only (`,,,,`, what a
            // spreadsheet writes for a row it once touched) is a record, read and rejected.
            guard record.fields.count > 1 else {
                blankRecords += 1
                return
            }
            accounting.rowsRead += 1
            reject(SourceLocation(file: file, line: record.line), id: nil,
                   "has every field empty (\(record.fields.count) fields, delimiters only)")
            return
        }
        accounting.rowsRead += 1
        let location = SourceLocation(file: file, line: record.line)
        let fields = record.fields
        let id = plan.idColumn.map { fields.indices.contains($0) ? fields[$0].trimmedWhitespace : "" }
            ?? String(accounting.rowsRead)
        guard fields.count == plan.columns.count else {
            reject(location, id: id.isEmpty ? nil : id,
                   "has \(fields.count) fields where the header has \(plan.columns.count)")
            return
        }
        guard !id.isEmpty else {
            reject(location, id: nil, "has no respondent id in column '\(plan.columns[plan.idColumn ?? 0].name)'")
            return
        }
        // One hash of the id in the usual case: inserted now, taken out again if the record is
        // rejected below (a rejected record's id stays free for a later one).
        guard seenIDs.insert(id).inserted else {
            reject(location, id: id, "repeats respondent id '\(id)' of an earlier record")
            return
        }
        if let status = plan.statusColumn, let reason = QualtricsStatus.rejection(fields[status]) {
            seenIDs.remove(id)
            reject(location, id: id, reason)
            return
        }
        var values: [ItemValue] = []
        values.reserveCapacity(plan.items.count)
        var allValid = true
        var anyValid = false
        for (item, column) in zip(plan.items, plan.itemColumns) {
            var value = item.scale.read(plan.layout.answer(fields[column]))
            if case .valid(let score) = value, item.reverse { value = .valid(item.scale.reversed(score)) }
            switch value {
            case .valid: anyValid = true
            case .missing: allValid = false
            case .invalid(let text):
                allValid = false
                rejections.append(Rejection(
                    kind: .invalidValue, dataset: spec.id, location: location, respondent: id, column: item.column,
                    value: text, reason: "'\(text)' is not on scale \(item.scale.id)"
                ))
            }
            values.append(value)
        }
        let status = completeness(fields: fields, allValid: allValid, anyValid: anyValid)
        accounting.record(status)
        var respondent = Respondent(
            id: id, line: record.line,
            attributes: plan.attributeColumns.map { fields[$0].trimmedWhitespace },
            values: values,
            answers: plan.questionColumns.map { freeText(fields[$0]) },
            status: status,
            personalDetails: personalDetails(fields)
        )
        if let column = plan.caseColumn {
            let caseID = fields[column].trimmedWhitespace
            respondent.caseID = caseID.isEmpty ? nil : caseID
        }
        respondents.append(respondent)
    }

    /// Counts `record` as read and rejects it for a reason found outside it (`reason` follows
    /// "record ", as every record rejection's does).
    mutating func reject(_ record: CSVRecord, id: String?, reason: String) {
        accounting.rowsRead += 1
        reject(SourceLocation(file: file, line: record.line), id: id.flatMap { $0.isEmpty ? nil : $0 }, reason)
    }

    /// Hands over the respondents built so far and forgets them (streaming: memory stays flat;
    /// duplicate ids are still caught, as the ids seen are kept).
    mutating func drainRespondents() -> [Respondent] {
        defer { respondents.removeAll(keepingCapacity: true) }
        return respondents
    }

    func finish(format: ExportFormat, encoding: String, sha256: String) -> Dataset {
        var diagnostics = diagnostics
        if blankRecords > 0 {
            diagnostics.append(.note("skipped \(blankRecords) blank line(s) holding only spaces", at: SourceLocation(file: file)))
        }
        return Dataset(
            id: spec.id, kind: spec.kind, wave: spec.wave, file: file, format: format, encoding: encoding, sha256: sha256,
            invited: spec.invited, attributes: spec.attributes, items: plan.items, questions: plan.questions,
            respondents: respondents, accounting: accounting, rejections: rejections, diagnostics: diagnostics
        )
    }

    private mutating func reject(_ location: SourceLocation, id: String?, _ reason: String) {
        accounting.record(.rejected)
        rejections.append(Rejection(kind: .record, dataset: spec.id, location: location, respondent: id, reason: "record " + reason))
    }

    /// A free-text answer as coded: blank when it is the layout's "seen but unanswered" marker
    /// or says there is nothing to say ("No", "n/a", "None": `NoComment`). (Scale answers go
    /// through `ExportLayout.answer`, which also reads `Strongly agree (7)` as its label.)
    private func freeText(_ value: String) -> String {
        let answer = unanswered(value)
        return answer.utf8.count <= 64 && NoComment.matches(answer.trimmedWhitespace) ? "" : answer
    }

    /// The layout's "seen but unanswered" marker reads as blank.
    private func unanswered(_ value: String) -> String {
        guard let sentinel = plan.layout.unansweredSentinel, value.trimmedWhitespace == sentinel else { return value }
        return ""
    }

    private func completeness(fields: [String], allValid: Bool, anyValid: Bool) -> RecordStatus {
        if let finished = plan.finishedColumn, ["0", "false"].contains(fields[finished].trimmedWhitespace.lowercased()) {
            return .partial
        }
        if let progress = plan.progressColumn, let value = Double(fields[progress].trimmedWhitespace), value < 100 {
            return .partial
        }
        if let submitted = plan.submittedColumn, fields[submitted].trimmedWhitespace.isEmpty {
            return .partial
        }
        switch plan.completeWhen {
        case .allItems: return allValid ? .complete : .partial
        case .anyItem: return anyValid ? .complete : .partial
        case .column:
            guard let rule = plan.completionColumn else { return .partial }
            let matches = fields[rule.index].trimmedWhitespace.lowercased() == rule.value.lowercased()
            return matches ? .complete : .partial
        }
    }

    /// Names and emails the respondent gave about themselves, for redaction only: the values
    /// of personal-data columns, then emails, phone numbers and IP addresses found in columns
    /// the plan does not use.
    private func personalDetails(_ fields: [String]) -> [String] {
        let named = plan.redactionColumns.compactMap { index in
            let value = fields[index].trimmedWhitespace
            return value.isEmpty || Self.notPersonal.contains(value.lowercased()) ? nil : value
        }
        let found = plan.screenedColumns.compactMap { index in
            ValueShapes.isPersonal(fields[index]) ? fields[index].trimmedWhitespace : nil
        }
        return named + found
    }

    /// Values personal-data columns hold that name nobody.
    private static let notPersonal: Set<String> = ["anonymous", "n/a", "na", "none", "-", "prefer not to say"]
}
