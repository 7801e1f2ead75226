import EvidentModel

extension FieldTable {
    /// Where a data set read from XML came from, for its `Dataset`.
    struct Source {
        /// The file or folder as shown to the user.
        var file: String
        var format: ExportFormat
        var encoding: String
        var sha256: String
    }

    /// Scores and accounts for the rows exactly as a delimited export's records are
    /// (`DatasetBuilder`, study spec §5), inferring items and free text the manifest leaves out
    /// from the columns `inferable` accepts. A row for which `rejection` gives a reason is read
    /// and rejected for it (ODK: a submission an edited one replaced).
    ///
    /// The builder names one file and takes a line per record; each row is handed over under its
    /// position (1, 2, 3 …) and the real file and line are put back afterwards, so records from
    /// a folder of files keep their own locations. Files that could not be read count as one
    /// rejected record each, in their place.
    func dataset(
        _ spec: DatasetSpec, layout: ExportLayout, scales: [String: Scale], source: Source,
        inferable: (ColumnHeader) -> Bool, rejection: (Row) -> String? = { _ in nil }
    ) throws(InputError) -> Dataset {
        var inferred: ColumnInference.Result?
        if spec.items == nil || spec.freeText == nil {
            let candidates = columns.indices.filter { inferable(columns[$0]) }
            let sample = rows.prefix(ColumnInference.sampleSize).map { row in candidates.map { row.fields[$0] } }
            inferred = ColumnInference.infer(
                columns: candidates.map { columns[$0] }, sample: sample, spec: spec, layout: layout, scales: scales
            )
        }
        let plan = try RecordPlan(
            spec: spec, itemSpecs: spec.items ?? inferred?.items ?? [], freeText: spec.freeText ?? inferred?.freeText ?? [],
            layout: layout, columns: columns, scales: scales, file: source.file
        )
        var builder = DatasetBuilder(spec: spec, plan: plan, file: source.file)
        if let inferred {
            let whole = SourceLocation(file: source.file)
            if spec.items == nil {
                let list = inferred.items.map { "'\($0.column)' (\($0.scale))" }.joined(separator: ", ")
                builder.note(.note("no items listed in the manifest; inferred \(inferred.items.count): \(list)", at: whole))
            }
            if spec.freeText == nil {
                let list = inferred.freeText.map { "'\($0)'" }.joined(separator: ", ")
                builder.note(.note("no free_text listed in the manifest; inferred \(inferred.freeText.count): \(list)", at: whole))
            }
        }
        let idColumn = layout.respondentIDColumn.flatMap { name in columns.firstIndex { $0.name == name } }
        for (position, row) in rows.enumerated() {
            let record = CSVRecord(line: position + 1, fields: row.fields)
            if let reason = rejection(row) {
                builder.reject(record, id: idColumn.map { row.fields[$0] }, reason: reason)
            } else {
                builder.add(record)
            }
        }
        var dataset = builder.finish(format: source.format, encoding: source.encoding, sha256: source.sha256)
        relocate(&dataset, spec: spec)
        return dataset
    }

    /// Puts each record's own file and line back, and counts unreadable files in their place.
    private func relocate(_ dataset: inout Dataset, spec: DatasetSpec) {
        for index in dataset.respondents.indices {
            let position = dataset.respondents[index].line - 1
            guard rows.indices.contains(position) else { continue }
            dataset.respondents[index].line = rows[position].line
        }
        var ordered: [(key: Int, rejection: Rejection)] = []
        for rejection in dataset.rejections {
            var moved = rejection
            let position = (rejection.location.line ?? 0) - 1
            if rows.indices.contains(position) {
                moved.location = SourceLocation(file: rows[position].file, line: rows[position].line)
            }
            ordered.append((position * 2 + 1, moved))
        }
        for failure in failures {
            dataset.accounting.rowsRead += 1
            dataset.accounting.record(.rejected)
            let location = failure.error.location ?? SourceLocation(file: dataset.file)
            ordered.append((failure.position * 2, Rejection(
                kind: .record, dataset: spec.id, location: location, reason: "record could not be read: \(failure.error.message)"
            )))
        }
        dataset.rejections = ordered.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
            .map(\.element.rejection)
    }
}
