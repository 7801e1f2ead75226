import EvidentModel

/// Where each part of a respondent's record sits in a file's columns, worked out once from the
/// manifest and the header.
struct RecordPlan {
    let columns: [ColumnHeader]
    let layout: ExportLayout
    let idColumn: Int?
    /// The `case_id` column linking records to case outcomes.
    let caseColumn: Int?
    let attributeColumns: [Int]
    let items: [ScaleItem]
    let itemColumns: [Int]
    let questions: [Question]
    let questionColumns: [Int]
    /// Personal-data columns: the layout's, those the manifest lists under `personal:`, and those
    /// whose header names personal data (`PersonalDataRule`). Their values are kept for
    /// redaction only.
    let personalColumns: [Int]
    /// The personal-data columns whose values redact quotes: all but places and dates of birth,
    /// pseudonym-code parts and web addresses, whose words are not names — "Virginia" typed as
    /// a birthplace, or "Smi" as the first letters of a surname, must not become `[name]` in
    /// every quote.
    let redactionColumns: [Int]
    private static let notRedacting: Set<PersonalDataKind> = [.birthplace, .birthDate, .pseudonymCode, .link]
    /// Columns the plan does not use, whose values are screened for emails, phone numbers and
    /// IP addresses to add to the redaction list.
    let screenedColumns: [Int]
    let completionColumn: (index: Int, value: String)?
    let completeWhen: CompletionRule
    /// The layout's `Finished`, `Progress` and `Status` columns (Qualtrics'), when present.
    let finishedColumn: Int?
    let progressColumn: Int?
    let statusColumn: Int?
    /// A column that is blank when the respondent did not submit (LimeSurvey's `submitdate`).
    let submittedColumn: Int?

    /// `itemSpecs` and `freeText` are the manifest's, or inferred ones when it lists none.
    init(
        spec: DatasetSpec, itemSpecs: [ItemSpec], freeText: [String], layout: ExportLayout, columns: [ColumnHeader],
        scales: [String: Scale], file: String
    ) throws(InputError) {
        self.columns = columns
        self.layout = layout
        let resolver = ColumnResolver(columns: columns, file: file)
        if let named = spec.respondentID {
            idColumn = try resolver.index(of: named, for: "respondent_id", declaredAt: spec.declaredAt)
        } else {
            idColumn = layout.respondentIDColumn.flatMap { resolver.find($0) }
        }
        caseColumn = try spec.caseID.map { named throws(InputError) in
            try resolver.index(of: named, for: "case_id", declaredAt: spec.declaredAt)
        }
        var attributeColumns: [Int] = []
        for name in spec.attributes {
            attributeColumns.append(try resolver.index(of: name, for: "attribute '\(name)'", declaredAt: spec.declaredAt))
        }
        self.attributeColumns = attributeColumns
        var items: [ScaleItem] = []
        var itemColumns: [Int] = []
        for item in itemSpecs {
            let index = try resolver.index(of: item.column, for: "item '\(item.id)'", declaredAt: item.declaredAt ?? spec.declaredAt)
            guard let scale = scales[item.scale] else {
                throw InputError("unknown scale '\(item.scale)'", at: item.declaredAt ?? spec.declaredAt)
            }
            itemColumns.append(index)
            items.append(ScaleItem(
                id: item.id, label: item.label ?? ReadableName.of(columns[index].subLabel ?? columns[index].question),
                column: columns[index].name, scale: scale, reverse: item.reverse
            ))
        }
        self.items = items
        self.itemColumns = itemColumns
        var questions: [Question] = []
        var questionColumns: [Int] = []
        for name in freeText {
            let index = try resolver.index(of: name, for: "free_text '\(name)'", declaredAt: spec.declaredAt)
            questionColumns.append(index)
            questions.append(Question(id: columns[index].name, text: spec.freeTextLabels[name] ?? columns[index].question))
        }
        self.questions = questions
        self.questionColumns = questionColumns
        let layoutPersonal = Set(layout.personalColumns.map { $0.lowercased() })
        let idColumn = idColumn
        var declared: Set<Int> = []
        for name in spec.personal {
            declared.insert(try resolver.index(of: name, for: "personal '\(name)'", declaredAt: spec.declaredAt))
        }
        let personalColumns = columns.indices.filter { index in
            index != idColumn
                && (declared.contains(index) || layoutPersonal.contains(columns[index].name.lowercased())
                    || PersonalDataRule.kind(forHeader: columns[index].name) != nil)
        }
        self.personalColumns = personalColumns
        redactionColumns = personalColumns.filter { index in
            guard let kind = PersonalDataRule.kind(forHeader: columns[index].name) else { return true }
            return !Self.notRedacting.contains(kind)
        }
        let used = Set([idColumn, caseColumn].compactMap { $0 } + attributeColumns + itemColumns + questionColumns + personalColumns)
        screenedColumns = columns.indices.filter { !used.contains($0) }
        completeWhen = spec.completeWhen
        if case .column(let name, let value) = spec.completeWhen {
            completionColumn = (try resolver.index(of: name, for: "complete_when", declaredAt: spec.declaredAt), value)
        } else {
            completionColumn = nil
        }
        finishedColumn = layout.finishedColumn.flatMap { resolver.find($0) }
        progressColumn = layout.progressColumn.flatMap { resolver.find($0) }
        statusColumn = layout.statusColumn.flatMap { resolver.find($0) }
        submittedColumn = layout.submittedColumns.lazy.compactMap { resolver.find($0) }.first
    }
}
