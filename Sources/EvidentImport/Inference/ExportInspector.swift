public import EvidentModel

/// `evident inspect`'s library side: reads an export (delimited file, XML file, or a folder of
/// ODK submissions), recognises its layout, and infers each column's role and scale and the
/// data set's kind (study spec §4). Only the first `ColumnProfiler.sampleSize` records are
/// profiled; every record is counted.
public enum ExportInspector {
    /// Inspects one export. `scales` are those the study already has (the built-ins by
    /// default); other scales found in the values are proposed.
    public static func inspect(
        _ path: String, dateOrder: DateOrder = .dmy, scales: [Scale] = Scale.builtIn, sheet: String? = nil
    ) throws(InputError) -> ExportInspection {
        let absolute = FilePaths.absolute(path)
        let file = FilePaths.display(absolute)
        guard FilePaths.exists(absolute) else {
            throw InputError("no such file or folder", at: SourceLocation(file: file), help: "check the path")
        }
        if let format = XMLDatasetLoader.recognise(absolute) {
            return try XMLInspector.inspect(absolute, file: file, format: format, dateOrder: dateOrder, scales: scales)
        }
        let kind = FileSniffer.kind(of: absolute)
        switch kind {
        case .delimited, .workbook:
            return try tabular(absolute, file: file, dateOrder: dateOrder, scales: scales, sheet: sheet)
        case .folder:
            throw InputError(
                "the folder holds no .xml submissions", at: SourceLocation(file: file),
                help: "name export files, or a folder of ODK / KoBoToolbox submissions; evident inspect DIR/*.csv inspects every CSV in a folder"
            )
        default:
            throw FileKindAdvice.notATable(kind, file: file)
        }
    }

    private static func tabular(
        _ path: String, file: String, dateOrder: DateOrder, scales: [Scale], sheet: String?
    ) throws(InputError) -> ExportInspection {
        let reader = try TabularFile.open(path, file: file, sheet: sheet)
        let header = try ExportHeader.read(reader, format: .auto, file: file)
        let layout = header.layout
        let format = layout.format
        var sample = header.pending.map(\.fields).filter { !isBlank($0) }
        var records = sample.count
        while let record = try reader.next() {
            guard !isBlank(record.fields) else { continue }
            records += 1
            if sample.count < ColumnProfiler.sampleSize { sample.append(record.fields) }
        }
        let context = ColumnContext(layout: layout, scales: scales, dateOrder: dateOrder)
        let labels = format == .surveymonkey && header.headerRows.count > 1 ? header.headerRows[1].fields : []
        let columns = ColumnProfiler.profile(columns: header.columns, records: sample, context: context, rowTwoLabels: labels)
        var notes = reader.readingNotes + header.notes
        if records > sample.count { notes.append("profiled the first \(sample.count) of \(records) records") }
        notes += dateNotes(columns, order: dateOrder)
        if let submitted = header.columns.firstIndex(where: { column in layout.submittedColumns.contains { $0.lowercased() == column.name.lowercased() } }) {
            let incomplete = sample.filter { submitted >= $0.count || $0[submitted].trimmedWhitespace.isEmpty }.count
            if incomplete > 0 { notes.append("\(incomplete) incomplete response(s): '\(header.columns[submitted].name)' is empty, so they count as partial") }
        }
        if let status = layout.statusColumn, let index = header.columns.firstIndex(where: { $0.name.lowercased() == status.lowercased() }) {
            let rejected = sample.filter { index < $0.count && QualtricsStatus.rejection($0[index]) != nil }.count
            if rejected > 0 { notes.append("\(rejected) record(s) are previews, tests or spam ('\(header.columns[index].name)' is not 0): they will be rejected") }
        }
        let reason = layout.variant.map { "\(header.reason); \($0)" } ?? header.reason
        return ExportInspection(
            path: path, file: file, format: format, formatReason: reason, encoding: reader.encodingName,
            delimiter: reader.fieldDelimiter, records: records, profiled: sample.count, columns: columns,
            kind: KindGuess.guess(columns), notes: notes
        )
    }

    static func isBlank(_ fields: [String]) -> Bool {
        fields.allSatisfy { $0.trimmedWhitespace.isEmpty }
    }

    /// A note for each column of dates that needs one: ambiguous, mixed, or proving the other
    /// order than `--date-order` asks for.
    static func dateNotes(_ columns: [ColumnProfile], order: DateOrder) -> [String] {
        columns.compactMap { column in
            guard let dates = column.dates else { return nil }
            switch dates.order {
            case .ambiguous:
                let other = order == .dmy ? "mdy" : "dmy"
                return "'\(column.name)': ambiguous dates (day and month are 12 or less in every value), read \(dates.readAs.rawValue); use --date-order \(other) if they are \(order == .dmy ? "month" : "day")-first"
            case .mixed:
                return "'\(column.name)': some dates are day-first and others month-first; read \(dates.readAs.rawValue)"
            case .dayFirst where order == .mdy, .monthFirst where order == .dmy:
                return "'\(column.name)': dates are \(dates.order.rawValue) ('\(dates.evidence ?? "")'), whatever --date-order says"
            default:
                return nil
            }
        }
    }

    /// How each layout is recognised (export-formats notes §1).
    static func reason(for format: ExportFormat) -> String {
        switch format {
        case .surveymonkey: "two header rows: Respondent ID, Collector ID … then sub-question labels"
        case .qualtrics: "three header rows: export tags, question text, ImportId"
        case .qualtricsLegacy: "two header rows: V1, V2 … then ResponseID, ResponseSet …"
        case .msforms: "ID, Start time, Completion time first"
        case .googleForms: "Timestamp first"
        case .limesurvey: "id, submitdate, lastpage first"
        case .odkXML: "XML submissions (ODK / KoBoToolbox)"
        case .qualtricsXML: "XML with a <Responses> root"
        case .mscXML: "XML with an <msc-stories> root"
        default: "one header row, no known layout"
        }
    }
}
