import EvidentModel

/// Where each part of a respondent's record sits in a file's columns, worked out once from the
/// manifest and the header.
struct RecordPlan {
    let columns: [ColumnHeader]
    let layout: ExportLayout
    let idColumn: Int?
    let attributeColumns: [Int]
    let items: [ScaleItem]
    let itemColumns: [Int]
    let questions: [Question]
    let questionColumns: [Int]
    let personalColumns: [Int]
    let completionColumn: (index: Int, value: String)?
    let completeWhen: CompletionRule
    /// Qualtrics' `Finished`, `Progress` and `Status` columns, when present.
    let finishedColumn: Int?
    let progressColumn: Int?
    let statusColumn: Int?

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
                id: item.id, label: item.label ?? columns[index].subLabel ?? columns[index].question,
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
            questions.append(Question(id: columns[index].name, text: columns[index].question))
        }
        self.questions = questions
        self.questionColumns = questionColumns
        personalColumns = columns.indices.filter { layout.personalColumns.contains(columns[$0].name) }
        completeWhen = spec.completeWhen
        if case .column(let name, let value) = spec.completeWhen {
            completionColumn = (try resolver.index(of: name, for: "complete_when", declaredAt: spec.declaredAt), value)
        } else {
            completionColumn = nil
        }
        let isQualtrics = layout.format == .qualtrics
        finishedColumn = isQualtrics ? resolver.find("Finished") : nil
        progressColumn = isQualtrics ? resolver.find("Progress") : nil
        statusColumn = isQualtrics ? resolver.find("Status") : nil
    }
}
