public import EvidentModel

/// Loads an `outcome-readings` data set: one row per reading (case id, date, a reading per
/// domain, optionally a worker-approved flag), reduced to each case's first and latest
/// reading by date. The rules are `OutcomeReadingsSpec`'s (and docs/outcomes.md's); every row
/// ends as complete, partial or rejected with its reason, and every invalid value is listed.
public enum OutcomeReadingsLoader {
    public static func load(_ spec: DatasetSpec) throws(InputError) -> Dataset {
        guard let readings = spec.readings else {
            throw InputError("data set '\(spec.id)' has no readings: block", at: spec.declaredAt)
        }
        let table = try OutcomeTable.read(spec)
        let columns = try ReadingColumns(spec: spec, readings: readings, table: table)
        let dates = CalendarDates(values: table.records.compactMap { columns.date < $0.fields.count ? $0.fields[columns.date] : nil }, dayFirst: readings.dayFirst)
        var sorter = ReadingSorter(dataset: spec.id, tool: readings.tool, table: table)
        for record in table.records {
            sorter.add(record, columns: columns, dates: dates, approvedValues: Set(readings.approvedValues.map { $0.trimmedWhitespace.lowercased() }))
        }
        var diagnostics = table.notes
        if dates.shown == .mixed {
            diagnostics.append(.warning(
                "dates in '\(table.columns[columns.date].name)' are written both day first and month first; read as \(dates.readAs == .monthFirst ? "month" : "day") first (date_order)",
                at: SourceLocation(file: table.file)
            ))
        }
        let set = sorter.finish(bands: readings.bands ?? readings.tool.bands)
        diagnostics += sorter.notes(set, file: table.file)
        var dataset = Dataset(
            id: spec.id, kind: spec.kind, wave: spec.wave, file: table.file, format: .csv, encoding: table.encoding,
            sha256: table.sha256, invited: spec.invited, attributes: spec.attributes, items: [], questions: [], respondents: [],
            accounting: sorter.accounting, rejections: sorter.rejections, diagnostics: diagnostics
        )
        dataset.outcomes = set
        return dataset
    }
}

/// Where a readings file keeps each thing the loader needs.
struct ReadingColumns {
    let caseID: Int
    let date: Int
    let approved: Int?
    /// Aligned with the tool's domains.
    let domains: [Int]
    let attributes: [Int]
    let count: Int

    init(spec: DatasetSpec, readings: OutcomeReadingsSpec, table: OutcomeTable) throws(InputError) {
        let resolver = table.resolver
        let at = spec.declaredAt
        caseID = try resolver.index(of: readings.caseColumn, for: "case_id", declaredAt: at)
        date = try resolver.index(of: readings.dateColumn, for: "date", declaredAt: at)
        approved = try readings.approvedColumn.map { name throws(InputError) in try resolver.index(of: name, for: "approved", declaredAt: at) }
        var domains: [Int] = []
        for domain in readings.tool.domains {
            if let named = readings.domainColumns[domain.id] {
                domains.append(try resolver.index(of: named, for: "domain '\(domain.id)'", declaredAt: at))
            } else if let found = resolver.find(domain.label) ?? resolver.find(domain.id) {
                domains.append(found)
            } else {
                throw InputError(
                    "\(readings.tool.name) domain '\(domain.label)' has no column in \(table.file)", at: at,
                    help: "name its column under readings: domains: {\(domain.id): <column>}"
                )
            }
        }
        self.domains = domains
        var attributes: [Int] = []
        for name in spec.attributes { attributes.append(try resolver.index(of: name, for: "attribute '\(name)'", declaredAt: at)) }
        self.attributes = attributes
        count = table.columns.count
    }
}
