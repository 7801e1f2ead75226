public import EvidentModel

/// Loads one data set. XML formats and stories go to `XMLDatasetLoader` and `StoryLoader`;
/// everything else is delimited text, loaded here: reads its export record by record, scores each item on its
/// scale, keeps free text exactly as decoded, and accounts for every record (study spec §5).
///
/// A record is rejected when its field count differs from the header's, when its respondent id
/// is blank or repeats an earlier one, or when the layout marks it as not a real response
/// (Qualtrics previews, tests and spam). Otherwise it is complete or partial by the data set's
/// `complete_when` rule (and, for Qualtrics, `Finished`); an invalid value makes the record
/// partial and is listed. A record of delimiters only (every field empty) is read and rejected
/// for it; a line holding nothing but spaces is a blank line, skipped with a note.
public enum DatasetLoader {
    /// Loads a whole data set. Throws when the file cannot be read at all (encoding,
    /// unterminated quote, field limit, missing columns); row-level problems are rejections
    /// inside the returned `Dataset`.
    public static func load(
        _ spec: DatasetSpec, scales: [String: Scale], options: CSVReader.Options = CSVReader.Options()
    ) throws(InputError) -> Dataset {
        var respondents: [Respondent] = []
        var dataset = try stream(spec, scales: scales, options: options, batchSize: .max) { _, batch, _ throws(InputError) in
            respondents += batch
        }
        dataset.respondents = respondents
        return dataset
    }

    /// Reads a data set in batches of about `batchSize` respondents, handing each batch to `body`
    /// with the data set's shape (id, kind, items, questions; no respondents), and returns the
    /// data set without respondents: its accounting, rejections and notes. Delimited files are
    /// streamed, so memory stays flat however large the file; other formats are read whole and
    /// handed over in one batch. `body` also gets how much of the file has been read, 0 to 1.
    public static func stream(
        _ spec: DatasetSpec, scales: [String: Scale], options: CSVReader.Options = CSVReader.Options(), batchSize: Int,
        body: (Dataset, [Respondent], _ fractionRead: Double) throws(InputError) -> Void
    ) throws(InputError) -> Dataset {
        if let whole = try loadWhole(spec, scales: scales) {
            var shell = whole
            shell.respondents = []
            try body(shell, whole.respondents, 1)
            return shell
        }
        return try streamDelimited(spec, scales: scales, options: options, batchSize: batchSize, body: body)
    }

    /// Formats read whole: stories, transcripts and XML exports. With `format: auto`, what the
    /// file is decides (`FileSniffer`): XML goes to its reader, a table is streamed, anything
    /// else is refused saying what it is.
    private static func loadWhole(_ spec: DatasetSpec, scales: [String: Scale]) throws(InputError) -> Dataset? {
        if spec.kind == .mscStories { return try StoryLoader.load(spec, mapping: spec.stories) }
        if spec.kind == .outcomeReadings { return try OutcomeReadingsLoader.load(spec) }
        if spec.kind == .caseOutcomes { return try CaseOutcomesLoader.load(spec) }
        if spec.kind == .interviews {
            return try InterviewLoader.load(
                spec, interviewers: spec.interviewers ?? InterviewLoader.defaultInterviewers, participants: spec.participants
            )
        }
        switch spec.format {
        case .odkXML, .qualtricsXML, .mscXML:
            return try XMLDatasetLoader.load(spec, scales: scales)
        case .auto where XMLDatasetLoader.recognise(spec.path) != nil:
            return try XMLDatasetLoader.load(spec, scales: scales)
        default:
            return nil
        }
    }

    private static func streamDelimited(
        _ spec: DatasetSpec, scales: [String: Scale], options: CSVReader.Options, batchSize: Int,
        body: (Dataset, [Respondent], _ fractionRead: Double) throws(InputError) -> Void
    ) throws(InputError) -> Dataset {
        let file = FilePaths.display(spec.path)
        let reader = try TabularFile.open(spec.path, file: file, options: options, sheet: spec.sheet)
        let header = try ExportHeader.read(reader, format: spec.format, file: file)
        let layout = header.layout
        let format = layout.format
        var pending = header.pending
        var inferred: ColumnInference.Result?
        if spec.items == nil || spec.freeText == nil {
            while pending.count < ColumnInference.sampleSize, let record = try reader.next() { pending.append(record) }
            inferred = ColumnInference.infer(columns: header.columns, sample: pending.map(\.fields), spec: spec, layout: layout, scales: scales)
        }
        let plan = try RecordPlan(
            spec: spec, itemSpecs: spec.items ?? inferred?.items ?? [], freeText: spec.freeText ?? inferred?.freeText ?? [],
            layout: layout, columns: header.columns, scales: scales, file: file
        )
        var builder = DatasetBuilder(spec: spec, plan: plan, file: file)
        if let inferred {
            let where_ = SourceLocation(file: file)
            if spec.items == nil {
                let list = inferred.items.map { "'\($0.column)' (\($0.scale))" }.joined(separator: ", ")
                builder.note(.note("no items listed in the manifest; inferred \(inferred.items.count): \(list)", at: where_))
            }
            if spec.freeText == nil {
                let list = inferred.freeText.map { "'\($0)'" }.joined(separator: ", ")
                builder.note(.note("no free_text listed in the manifest; inferred \(inferred.freeText.count): \(list)", at: where_))
            }
        }
        for note in reader.readingNotes { builder.note(.note(note, at: SourceLocation(file: file))) }
        for note in header.notes { builder.note(.warning(note, at: SourceLocation(file: file, line: 1))) }
        let shape = builder.finish(format: format, encoding: reader.encodingName, sha256: "")
        // The first batches are smaller (an eighth, then a quarter, a half) so that work on them
        // starts early instead of waiting for a whole batch to be read.
        var limit = max(1, batchSize / 8)
        var waiting = 0
        for record in pending { builder.add(record) }
        while let record = try reader.next() {
            builder.add(record)
            waiting += 1
            if waiting >= limit {
                waiting = 0
                limit = limit > batchSize / 2 ? batchSize : limit * 2
                try body(shape, builder.drainRespondents(), reader.fractionRead)
            }
        }
        try body(shape, builder.drainRespondents(), 1)
        return builder.finish(format: format, encoding: reader.encodingName, sha256: reader.sha256)
    }
}
