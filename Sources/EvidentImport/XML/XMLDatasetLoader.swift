public import EvidentModel

/// Loads a data set exported as XML: ODK / KoBoToolbox submissions (`odk-xml`), a Qualtrics
/// XML export (`qualtrics-xml`), or stories (`msc-xml`, and any data set of kind
/// `msc-stories`, which `StoryLoader` reads).
///
/// Responses are read with the hardened `XMLStreamReader`, flattened onto columns named by
/// element path (`FieldTable`), then scored and accounted for exactly as a delimited export's
/// records (study spec §5): the manifest names columns by path (`group/field`) or, where unique,
/// by field name alone; Qualtrics' `finished`, `progress`, `status` and `-99` follow the CSV
/// layout's rules; ODK respondents are named by `meta/instanceID`, and a submission that an
/// edited one in the same export replaces (its `meta/deprecatedID`) is rejected, naming the edit,
/// as is a submission of another form than most of the data set's (`ODKFields.otherForm`).
public enum XMLDatasetLoader {
    /// Loads `spec`; `storyMapping` is the manifest's `stories:` mapping, needed for stories
    /// read from ODK submissions. Throws when the file cannot be read at all (refused, not
    /// well-formed, columns the manifest names missing); record-level problems are rejections.
    public static func load(
        _ spec: DatasetSpec, scales: [String: Scale], storyMapping: StoryMapping? = nil,
        options: XMLStreamReader.Options = XMLStreamReader.Options()
    ) throws(InputError) -> Dataset {
        if spec.kind == .mscStories { return try StoryLoader.load(spec, mapping: storyMapping, options: options) }
        let file = FilePaths.display(spec.path)
        let format = spec.format == .auto ? (recognise(spec.path) ?? .odkXML) : spec.format
        switch format {
        case .odkXML:
            let contents = try ODKFolder.read(path: spec.path, displayPath: file, options: options)
            let source = FieldTable.Source(file: file, format: .odkXML, encoding: contents.encoding, sha256: contents.sha256)
            var dataset = try contents.table.dataset(
                spec, layout: ODKFields.layout, scales: scales, source: source, inferable: { !ODKFields.isMetadata($0) },
                rejection: ODKFields.rejection(in: contents.table)
            )
            dataset.diagnostics += contents.diagnostics
            return dataset
        case .qualtricsXML:
            let read = try QualtricsXMLReader.read(path: spec.path, displayPath: file, options: options)
            let table = FieldTable(records: read.records)
            let source = FieldTable.Source(file: file, format: .qualtricsXML, encoding: read.encoding, sha256: read.sha256)
            var dataset = try table.dataset(
                spec, layout: QualtricsXMLFields.layout(columns: table.columns), scales: scales, source: source,
                inferable: { !QualtricsXMLFields.isMetadata($0) }
            )
            dataset.diagnostics += read.warnings
            return dataset
        case .mscXML:
            throw InputError(
                "msc-xml files hold Most Significant Change stories, but data set '\(spec.id)' is of kind \(spec.kind.rawValue)",
                at: spec.declaredAt, help: "declare it with kind: msc-stories"
            )
        default:
            throw InputError("format \(format.rawValue) is not an XML format", at: spec.declaredAt)
        }
    }

    /// The XML format of a file or folder, or `nil` when it is not one of the XML exports: a
    /// folder of `.xml` files is `odk-xml`; a file is told by its root element (`FileSniffer`):
    /// `<msc-stories>` is `msc-xml`, `<Responses>` is `qualtrics-xml`, a submission instance is
    /// `odk-xml`. Only the first start tags are read, with the same hardening as a full read.
    public static func recognise(_ path: String) -> ExportFormat? {
        if FilePaths.isDirectory(path) { return ODKFolder.xmlFiles(in: path).isEmpty ? nil : .odkXML }
        switch FileSniffer.kind(of: path) {
        case .xml(.mscStories): return .mscXML
        case .xml(.qualtricsResponses): return .qualtricsXML
        case .xml(.odkSubmission): return .odkXML
        default: return nil
        }
    }
}
