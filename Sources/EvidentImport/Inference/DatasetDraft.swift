import EvidentModel

/// One data set of a manifest draft, from one inspected export.
struct DatasetDraft {
    let export: ExportInspection

    func lines(in directory: String, ids: inout Set<String>) -> [String] {
        let name = (export.path.split(separator: "/").last.map(String.init) ?? export.file)
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        let id = DraftNames.unique(DraftNames.slug(stem.isEmpty ? name : stem, words: 8), fallback: "dataset", taken: &ids)
        var about = "\(export.file): \(export.records) record(s), \(export.encoding)"
        if let delimiter = export.delimiter { about += ", \(delimiter)-separated" }
        var lines = ["  # " + YAMLText.comment(about)]
        lines.append(YAMLText.line("  - id: \(id)", comment: "from the file name"))
        lines.append(YAMLText.line("    kind: \(export.kind.kind.rawValue)", comment: "guess: \(export.kind.reason)"))
        lines.append("    file: \(YAMLText.quoted(DraftNames.relative(export.path, from: directory)))")
        lines.append(YAMLText.line("    format: \(export.format.rawValue)", comment: "recognised: \(export.formatReason)"))
        if let wave = DraftNames.wave(fromFile: export.path) {
            lines.append(YAMLText.line("    wave: \(YAMLText.quoted(wave))", comment: "the year in the file name"))
        } else if let year = datedYear() {
            lines.append(YAMLText.line("    wave: \(YAMLText.quoted(year))", comment: "every response is dated \(year)"))
        }
        if export.kind.kind == .mscStories {
            lines.append(YAMLText.line("    attributes: [domain, group]", comment: "story fields to break results down by"))
            return lines
        }
        if let id = export.columns.first(where: { $0.role == .identifier }) {
            lines.append(YAMLText.line("    respondent_id: \(YAMLText.quoted(id.name))", comment: "identifier: \(id.reason)"))
        }
        lines += attributes()
        lines += personal()
        lines += items()
        lines += freeText()
        let unused = export.columns.filter { !listed($0) }
        if !unused.isEmpty {
            lines.append("    # not listed:")
            for column in unused {
                lines.append("    #   " + YAMLText.comment("'\(column.name)': \(column.role), \(column.reason)"))
            }
        }
        return lines
    }

    /// The one year every date column's dates fall in, if there is one.
    private func datedYear() -> String? {
        let years = Set(export.columns.compactMap(\.dates).flatMap { [$0.earliest, $0.latest] }.compactMap { $0?.prefix(4) })
        return years.count == 1 ? years.first.map(String.init) : nil
    }

    /// How an item names its column: SurveyMonkey's row-2 label alone where no other column
    /// has it (study spec §5), the column's name otherwise.
    private func columnName(_ column: ColumnProfile) -> String {
        guard let label = column.header.subLabel, export.format == .surveymonkey else { return column.name }
        let clashes = export.columns.filter { $0.header.subLabel == label || $0.name.lowercased() == label.lowercased() }.count
        return clashes == 1 ? label : column.name
    }

    private func listed(_ column: ColumnProfile) -> Bool {
        column.role == .identifier || column.role == .item || column.role == .freeText || column.isBreakdown
            || column.role.isPersonal
    }

    /// The personal-data columns, by name only: the run keeps their values for redaction and
    /// never copies them.
    private func personal() -> [String] {
        let columns = export.columns.filter(\.role.isPersonal)
        guard !columns.isEmpty else { return [] }
        var lines = [YAMLText.line("    personal:", comment: "personal data: never copied into the report; the values only redact quotes")]
        for column in columns {
            lines.append(YAMLText.line("      - \(YAMLText.quoted(columnName(column)))", comment: "\(column.role.description): \(column.reason)"))
        }
        return lines
    }

    private func attributes() -> [String] {
        let columns = export.columns.filter(\.isBreakdown)
        guard !columns.isEmpty else {
            return [YAMLText.line("    attributes: []", comment: "no column of 2-12 single-choice values with most groups of five or more")]
        }
        var lines = [YAMLText.line("    attributes:", comment: "few distinct short values, to break results down by")]
        for column in columns {
            let values = column.shownValues
            let shown = values.prefix(4).joined(separator: ", ") + (column.commonValues.count > min(values.count, 4) ? ", …" : "")
            lines.append(YAMLText.line("      - \(YAMLText.quoted(column.name))", comment: "\(column.distinct) values: \(shown)"))
        }
        return lines
    }

    private func items() -> [String] {
        let columns = export.columns.filter { $0.role == .item && $0.scale != nil }
        guard !columns.isEmpty else { return [YAMLText.line("    items: []", comment: "no column of answers on a scale")] }
        var lines = ["    items:"]
        var itemIDs: Set<String> = []
        for column in columns {
            guard let guess = column.scale else { continue }
            let base = DraftNames.slug(column.header.subLabel ?? DraftNames.gridRow(column.name) ?? column.header.question)
            let id = DraftNames.unique(base, fallback: "item", taken: &itemIDs)
            lines.append(YAMLText.line("      - column: \(YAMLText.quoted(columnName(column)))", comment: "scale item: \(column.reason)"))
            lines.append("        id: \(YAMLText.scalar(id))")
            lines.append(YAMLText.line("        scale: \(YAMLText.scalar(guess.scale.id))", comment: guess.isProposed ? "proposed below, under scales:" : nil))
        }
        return lines
    }

    private func freeText() -> [String] {
        let columns = export.columns.filter { $0.role == .freeText }
        guard !columns.isEmpty else { return [YAMLText.line("    free_text: []", comment: "no column of long, varied answers")] }
        var lines = ["    free_text:"]
        for column in columns {
            lines.append(YAMLText.line("      - \(YAMLText.quoted(column.name))", comment: "free text: \(column.reason)"))
        }
        return lines
    }
}
