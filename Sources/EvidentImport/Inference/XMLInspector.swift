import EvidentModel

/// Inspects XML exports: ODK / KoBoToolbox submissions (a file or a folder) and Qualtrics XML
/// are flattened onto element-path columns (`FieldTable`) and profiled like a delimited file;
/// an msc-xml file is counted and its domains listed (its fields are fixed by the format).
enum XMLInspector {
    static func inspect(
        _ path: String, file: String, format: ExportFormat, dateOrder: DateOrder, scales: [Scale]
    ) throws(InputError) -> ExportInspection {
        let options = XMLStreamReader.Options()
        switch format {
        case .mscXML:
            let contents = try MSCReader.read(path: path, displayPath: file, options: options)
            var notes = ["\(contents.storiesMet) stories; domains: " + (contents.domains.isEmpty ? "none declared" : contents.domains.map(\.id).joined(separator: ", "))]
            notes += contents.diagnostics.map(\.message)
            return ExportInspection(
                path: path, file: file, format: .mscXML, formatReason: ExportInspector.reason(for: .mscXML), encoding: contents.encoding,
                delimiter: nil, records: contents.storiesMet, profiled: contents.storiesMet, columns: [],
                kind: KindGuess(kind: .mscStories, reason: "Most Significant Change stories"), notes: notes
            )
        case .qualtricsXML:
            let read = try QualtricsXMLReader.read(path: path, displayPath: file, options: options)
            let table = FieldTable(records: read.records)
            let context = ColumnContext(
                layout: QualtricsXMLFields.layout(columns: table.columns), scales: scales, dateOrder: dateOrder,
                isMetadata: { QualtricsXMLFields.isMetadata($0) }
            )
            return profiled(table, path: path, file: file, format: format, encoding: read.encoding, context: context, notes: read.warnings)
        default:
            let contents = try ODKFolder.read(path: path, displayPath: file, options: options)
            let context = ColumnContext(
                layout: ODKFields.layout, scales: scales, dateOrder: dateOrder, isMetadata: { ODKFields.isMetadata($0) }
            )
            var notes = contents.diagnostics
            for failure in contents.table.failures {
                notes.append(.warning("a submission could not be read: \(failure.error.message)", at: failure.error.location, kind: "unreadable submission"))
            }
            return profiled(
                contents.table, path: path, file: file, format: .odkXML, encoding: contents.encoding, context: context, notes: notes
            )
        }
    }

    private static func profiled(
        _ table: FieldTable, path: String, file: String, format: ExportFormat, encoding: String, context: ColumnContext,
        notes: [Diagnostic]
    ) -> ExportInspection {
        let sample = table.rows.prefix(ColumnProfiler.sampleSize).map(\.fields)
        let columns = ColumnProfiler.profile(columns: table.columns, records: Array(sample), context: context)
        var lines = notes.map(\.description)
        if table.rows.count > sample.count { lines.append("profiled the first \(sample.count) of \(table.rows.count) records") }
        lines += ExportInspector.dateNotes(columns, order: context.dateOrder)
        return ExportInspection(
            path: path, file: file, format: format, formatReason: ExportInspector.reason(for: format), encoding: encoding,
            delimiter: nil, records: table.rows.count + table.failures.count, profiled: sample.count, columns: columns,
            kind: KindGuess.guess(columns), notes: lines
        )
    }
}
