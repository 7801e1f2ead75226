import EvidentModel

/// Reads a Qualtrics XML response export: `<Responses>` holding one `<Response>` per
/// respondent, each a flat list of fields named by export tag (`startDate`, `status`,
/// `progress`, `finished`, `_recordId`, `QID1`, `QID4_5_TEXT` …; export-formats notes §2).
///
/// Any nesting inside a response is flattened by path like ODK groups.
enum QualtricsXMLReader {
    /// The responses in `path`, in file order.
    static func read(path: String, displayPath: String, options: XMLStreamReader.Options) throws(InputError) -> XMLRecordFile {
        let reader = try XMLStreamReader(path: path, displayPath: displayPath, options: options)
        guard case .start(let root)? = try reader.nextSignificant() else {
            throw InputError("the file holds no XML element", at: SourceLocation(file: displayPath))
        }
        guard root.name == "Responses" else {
            throw InputError(
                "a Qualtrics XML export starts with <Responses>, but this file starts with <\(root.name)>",
                at: SourceLocation(file: displayPath, line: root.line, column: root.column),
                help: "check the manifest's format for this file"
            )
        }
        var records: [XMLRecord] = []
        var collector = XMLLeafCollector()
        var response: XMLElementStart?
        var depth = 1
        while let event = try reader.next() {
            switch event {
            case .start(let start):
                depth += 1
                if depth == 2 {
                    response = start
                    collector = XMLLeafCollector()
                } else {
                    collector.start(start.name)
                }
            case .text(let text, _):
                collector.text(text)
            case .end:
                depth -= 1
                if depth == 1, let start = response {
                    records.append(XMLRecord(file: displayPath, line: start.line, leaves: collector.leaves))
                    response = nil
                } else if depth > 1 {
                    collector.end()
                }
            }
        }
        return XMLRecordFile(records: records, encoding: reader.encoding, sha256: reader.sha256, warnings: reader.warnings)
    }
}
