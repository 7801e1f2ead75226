public import EvidentModel

/// `evident inspect`'s library side: reads an export (delimited file, XML file, or a folder of
/// ODK submissions), recognises its layout, and infers each column's role and scale and the
/// data set's kind (study spec §4). Only the first `ColumnProfiler.sampleSize` records are
/// profiled; every record is counted.
public enum ExportInspector {
    /// Inspects one export. `scales` are those the study already has (the built-ins by
    /// default); other scales found in the values are proposed.
    public static func inspect(
        _ path: String, dateOrder: DateOrder = .dmy, scales: [Scale] = Scale.builtIn
    ) throws(InputError) -> ExportInspection {
        let absolute = FilePaths.absolute(path)
        let file = FilePaths.display(absolute)
        guard FilePaths.exists(absolute) else {
            throw InputError("no such file or folder", at: SourceLocation(file: file), help: "check the path")
        }
        if let format = XMLDatasetLoader.recognise(absolute) {
            return try XMLInspector.inspect(absolute, file: file, format: format, dateOrder: dateOrder, scales: scales)
        }
        guard !FilePaths.isDirectory(absolute) else {
            throw InputError(
                "the folder holds no .xml submissions", at: SourceLocation(file: file),
                help: "name export files, or a folder of ODK / KoBoToolbox submissions; evident inspect DIR/*.csv inspects every CSV in a folder"
            )
        }
        return try delimited(absolute, file: file, dateOrder: dateOrder, scales: scales)
    }

    private static func delimited(_ path: String, file: String, dateOrder: DateOrder, scales: [Scale]) throws(InputError) -> ExportInspection {
        let reader = try CSVReader(path: path, displayPath: file)
        var firstRows: [CSVRecord] = []
        while firstRows.count < 3, let record = try reader.next() { firstRows.append(record) }
        let format = ExportLayout.detect(firstRows: firstRows.map(\.fields))
        let layout = ExportLayout.of(format)
        guard !firstRows.isEmpty, firstRows.count >= layout.headerRows else {
            throw InputError("the file has no header row", at: SourceLocation(file: file, line: 1), help: "check the file is a survey export")
        }
        let header = HeaderBuilder.columns(format: layout, rows: firstRows.prefix(layout.headerRows).map(\.fields))
        var sample = firstRows.dropFirst(layout.headerRows).map(\.fields).filter { !isBlank($0) }
        var records = sample.count
        while let record = try reader.next() {
            guard !isBlank(record.fields) else { continue }
            records += 1
            if sample.count < ColumnProfiler.sampleSize { sample.append(record.fields) }
        }
        let context = ColumnContext(layout: layout, scales: scales, dateOrder: dateOrder)
        let labels = format == .surveymonkey && firstRows.count > 1 ? firstRows[1].fields : []
        let columns = ColumnProfiler.profile(columns: header.columns, records: sample, context: context, rowTwoLabels: labels)
        var notes: [String] = []
        if reader.encoding == .windows1252 {
            notes.append("read as Windows-1252: the file is not valid UTF-8 (an Excel \"CSV (Comma delimited)\" save)")
        }
        for name in header.repeated { notes.append("column name '\(name)' appears more than once; later ones are named '\(name) (2)' and so on") }
        if records > sample.count { notes.append("profiled the first \(sample.count) of \(records) records") }
        notes += dateNotes(columns, order: dateOrder)
        if format == .limesurvey, let submitted = header.columns.firstIndex(where: { layout.submittedColumns.contains($0.name) }) {
            let incomplete = sample.filter { submitted >= $0.count || $0[submitted].trimmedWhitespace.isEmpty }.count
            if incomplete > 0 { notes.append("\(incomplete) incomplete response(s): '\(header.columns[submitted].name)' is empty, so they count as partial") }
        }
        return ExportInspection(
            path: path, file: file, format: format, formatReason: reason(for: format), encoding: reader.encoding.rawValue,
            delimiter: reader.delimiter, records: records, profiled: sample.count, columns: columns,
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
