public import EvidentModel

/// Loads a data set of Most Significant Change stories (kind `msc-stories`) from the suite's
/// own format (`msc-xml`), or from a CSV export or ODK submissions through the manifest's
/// `stories:` mapping, and checks every story against the rules (`StoryChecker`).
public enum StoryLoader {
    /// Loads `spec`. `mapping` is required for CSV and ODK sources and ignored (with a
    /// warning) for msc-xml. Throws when the file cannot be read at all; stories that break a
    /// rule are rejections inside the returned `Dataset`.
    public static func load(
        _ spec: DatasetSpec, mapping: StoryMapping?, options: XMLStreamReader.Options = XMLStreamReader.Options()
    ) throws(InputError) -> Dataset {
        let file = FilePaths.display(spec.path)
        let format = spec.format == .auto ? (XMLDatasetLoader.recognise(spec.path) ?? .csv) : spec.format
        switch format {
        case .mscXML:
            let contents = try MSCReader.read(path: spec.path, displayPath: file, options: options)
            var notes = contents.diagnostics
            if mapping != nil {
                notes.append(.warning("the stories: mapping is ignored for msc-xml files, which name their own fields", at: spec.declaredAt))
            }
            let declared: [StoryDomain]?
            if contents.domains.isEmpty {
                declared = nil
                notes.append(.warning("the file declares no <domains>; every domain its stories name is accepted", at: SourceLocation(file: file)))
            } else {
                declared = contents.domains
            }
            let outcome = StoryChecker(dataset: spec.id, declarer: "the file")
                .check(contents.entries, rowsRead: contents.storiesMet, domains: declared)
            let source = StoryDataset.Source(file: file, format: .mscXML, encoding: contents.encoding, sha256: contents.sha256)
            return try StoryDataset.make(spec, name: contents.name, outcome: outcome, source: source, diagnostics: notes)
        case .odkXML:
            let mapping = try required(mapping, spec, format)
            let contents = try ODKFolder.read(path: spec.path, displayPath: file, options: options)
            let source = StoryDataset.Source(
                file: file, format: .odkXML, encoding: contents.encoding, sha256: contents.sha256,
                columns: contents.table.columns.map(\.name)
            )
            return try mapped(spec, mapping: mapping, table: contents.table, source: source, diagnostics: contents.diagnostics)
        case .csv, .surveymonkey, .qualtrics, .qualtricsLegacy, .msforms, .googleForms, .limesurvey, .auto:
            let mapping = try required(mapping, spec, format)
            let read = try StoryCSV.read(spec, format: format, displayPath: file)
            let source = StoryDataset.Source(
                file: file, format: read.format, encoding: read.encoding, sha256: read.sha256, columns: read.table.columns.map(\.name)
            )
            return try mapped(spec, mapping: mapping, table: read.table, source: source, diagnostics: read.diagnostics)
        case .qualtricsXML:
            throw InputError(
                "stories cannot be read from a Qualtrics XML export", at: spec.declaredAt,
                help: "export the stories as CSV and map their columns under stories:"
            )
        case .transcripts:
            throw InputError(
                "stories cannot be read from interview transcripts", at: spec.declaredAt,
                help: "use kind: interviews for transcripts, or give the stories as msc-xml, CSV or ODK XML"
            )
        }
    }

    private static func mapped(
        _ spec: DatasetSpec, mapping: StoryMapping, table: FieldTable, source: StoryDataset.Source, diagnostics: [Diagnostic]
    ) throws(InputError) -> Dataset {
        let reader = try MappedStoryReader(
            mapping: mapping, columns: table.columns, attributes: spec.attributes, file: source.file, declaredAt: spec.declaredAt
        )
        var entries: [StoryChecker.Entry] = []
        var failures = table.failures[...]
        var number = 0
        for (position, row) in table.rows.enumerated() {
            while let failure = failures.first, failure.position <= position {
                entries.append(refusal(failure.error, file: source.file))
                failures = failures.dropFirst()
            }
            if row.fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) { continue }
            number += 1
            entries.append(reader.entry(row, number: number))
        }
        entries += failures.map { refusal($0.error, file: source.file) }
        let outcome = StoryChecker(dataset: spec.id, declarer: "the manifest").check(entries, rowsRead: entries.count, domains: mapping.domains)
        return try StoryDataset.make(spec, name: nil, outcome: outcome, source: source, diagnostics: diagnostics)
    }

    private static func refusal(_ error: InputError, file: String) -> StoryChecker.Entry {
        .refused(error.location ?? SourceLocation(file: file), id: nil, reason: "story could not be read: \(error.message)")
    }

    private static func required(_ mapping: StoryMapping?, _ spec: DatasetSpec, _ format: ExportFormat) throws(InputError) -> StoryMapping {
        guard let mapping else {
            throw InputError(
                "data set '\(spec.id)' holds stories in a \(format.rawValue) file, so it needs a stories: mapping",
                at: spec.declaredAt,
                help: "name the columns that hold each story field, e.g. stories: {id: Story ID, domain: Domain, text: Story}"
            )
        }
        return mapping
    }
}
