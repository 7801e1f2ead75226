import EvidentModel

/// Reads ODK Collect / KoBoToolbox submission instances from one XML file: a single
/// submission (the root element is the form's, `<data id="form_id">`), or many under a wrapper
/// element (export-formats notes §2).
///
/// The file is a wrapper when its root has no `id` attribute and its first child element looks
/// like a submission: it has an `id` attribute or a `meta/instanceID` (`orx:` or not, since
/// names are read without prefixes). Every child element of a wrapper is then one submission.
enum ODKSubmissionReader {
    /// The submissions in `path`, in file order.
    static func read(path: String, displayPath: String, options: XMLStreamReader.Options) throws(InputError) -> XMLRecordFile {
        let reader = try XMLStreamReader(path: path, displayPath: displayPath, options: options)
        var records: [XMLRecord] = []
        guard case .start(let root)? = try reader.nextSignificant() else {
            throw InputError("the file holds no XML element", at: SourceLocation(file: displayPath))
        }
        let rootHasID = root[attribute: "id"] != nil
        var collector = XMLLeafCollector()
        var mode = Mode.undecided
        var child: XMLElementStart?
        var depth = 1
        while let event = try reader.next() {
            switch event {
            case .start(let start):
                depth += 1
                if depth == 2 {
                    child = start
                    if mode == .wrapper {
                        collector = XMLLeafCollector()
                        continue
                    }
                }
                collector.start(start.name)
            case .text(let text, _):
                collector.text(text)
            case .end:
                depth -= 1
                if depth == 0 { continue }
                if mode == .wrapper, depth == 1 {
                    if let child, !collector.leaves.isEmpty {
                        records.append(XMLRecord(file: displayPath, line: child.line, leaves: collector.leaves, form: Self.form(of: child)))
                    }
                    continue
                }
                collector.end()
                if mode == .undecided, depth == 1, let first = child {
                    if !rootHasID, first[attribute: "id"] != nil || Self.hasInstanceID(collector.leaves) {
                        let leaves = collector.leaves.map { XMLLeaf(steps: Array($0.steps.dropFirst()), value: $0.value) }
                        records.append(XMLRecord(file: displayPath, line: first.line, leaves: leaves, form: Self.form(of: first)))
                        mode = .wrapper
                    } else {
                        mode = .single
                    }
                }
            }
        }
        if mode != .wrapper {
            records.append(XMLRecord(file: displayPath, line: root.line, leaves: collector.leaves, form: Self.form(of: root)))
        }
        return XMLRecordFile(records: records, encoding: reader.encoding, sha256: reader.sha256, warnings: reader.warnings)
    }

    /// The form a submission element answers: its `id` attribute (ODK's form id), else its name.
    static func form(of element: XMLElementStart) -> String {
        element[attribute: "id"] ?? element.name
    }

    private enum Mode {
        case undecided
        case single
        case wrapper
    }

    /// Whether leaves gathered under one child of the root include `<child>/meta/instanceID`.
    private static func hasInstanceID(_ leaves: [XMLLeaf]) -> Bool {
        leaves.contains { leaf in
            leaf.steps.count == 3 && leaf.steps[1].name == "meta" && leaf.steps[2].name == "instanceID"
        }
    }
}
