public import EvidentModel

/// Reads REFI-QDA codebooks: a `.qdc` file (`<CodeBook>` in `urn:QDA-XML:codebook:1.0`), or the
/// `<CodeBook>` of a project (`QDPXReader` hands its `<Code>` elements here).
///
/// - Nested `<Code>` elements become nested codes; `name` becomes the label; `color` is kept.
/// - A code Evident wrote carries its id, patterns and the rest in a block at the end of its
///   `<Description>` (`DescriptionBlock`), read back exactly, so YAML → QDC → YAML loses nothing.
/// - A code from another tool becomes a manual-only code (no patterns) whose definition is its
///   description, with an id made from its name (`CodeIDMaker`). `isCodable="false"` categories
///   become codes too: Evident's themes and codes are all codable, and roll-up gives a category
///   every coding of the codes below it.
/// - The codebook's name, version and options come from a `<Set>` whose description holds an
///   `evident-codebook` block; otherwise the name is the file's name and the options the defaults.
public enum QDACodebookReader {
    /// Reads the `.qdc` file at `path`.
    public static func read(path: String) throws(InputError) -> QDACodebook {
        let file = FilePaths.display(path)
        let reader = try XMLStreamReader(path: path, displayPath: file)
        var root: XMLElementStart?
        while let event = try reader.nextSignificant() {
            if case .start(let start) = event {
                root = start
                break
            }
        }
        guard let root, root.name == "CodeBook" else {
            throw InputError(
                "not a REFI-QDA codebook: the root element is <\(root?.name ?? "nothing")>, not <CodeBook>",
                at: SourceLocation(file: file, line: root?.line ?? 1, column: root?.column)
            )
        }
        let node = try XMLNode.read(root, from: reader)
        var header: XMLNode?
        var warnings: [Diagnostic] = []
        for set in node.child(named: "Sets")?.children(named: "Set") ?? [] {
            if let description = set.child(named: "Description"),
                DescriptionBlock.split(description.text, info: DescriptionBlock.codebook) != nil
            {
                header = description
            } else {
                warnings.append(.note(
                    "code set '\(set[attribute: "name"] ?? "")' was not read: Evident codebooks have no sets",
                    at: SourceLocation(file: file, line: set.line)
                ))
            }
        }
        let name = String(path.split(separator: "/").last?.split(separator: ".").first ?? "Codebook")
        var codebook = try build(
            codes: node.child(named: "Codes")?.children(named: "Code") ?? [], header: header, fallbackName: name, file: file
        )
        codebook.warnings = warnings + codebook.warnings
        return codebook
    }

    /// Builds a codebook from `<Code>` elements; `header` is a `<Description>` that may hold the
    /// codebook's own block.
    public static func build(codes: [XMLNode], header: XMLNode?, fallbackName: String, file: String) throws(InputError) -> QDACodebook {
        var codebook = Codebook(name: fallbackName, themes: [])
        if let header, let block = DescriptionBlock.split(header.text, info: DescriptionBlock.codebook) {
            let location = SourceLocation(file: file, line: header.line + block.lineOffset)
            try QDAFields.readHeader(block.yaml, at: location, into: &codebook)
        }
        var state = BuildState(file: file)
        for node in codes {
            codebook.themes.append(try state.code(node, parentID: nil))
        }
        return QDACodebook(codebook: codebook, codeIDs: state.codeIDs, warnings: state.warnings)
    }

    /// The running state of one codebook build: ids handed out, GUIDs seen, warnings.
    private struct BuildState {
        let file: String
        var ids = CodeIDMaker()
        var codeIDs: [String: String] = [:]
        var warnings: [Diagnostic] = []

        init(file: String) {
            self.file = file
        }

        mutating func code(_ node: XMLNode, parentID: String?) throws(InputError) -> Code {
            let location = SourceLocation(file: file, line: node.line, column: node.start.column)
            let name = node[attribute: "name"] ?? ""
            var code = Code(id: "", label: name, color: node[attribute: "color"], declaredAt: location)
            var blockID: String?
            if let description = node.child(named: "Description") {
                if let block = DescriptionBlock.split(description.text, info: DescriptionBlock.code) {
                    let at = SourceLocation(file: file, line: description.line + block.lineOffset)
                    blockID = try QDAFields.readCode(block.yaml, at: at, into: &code)
                } else if !description.text.trimmedWhitespace.isEmpty {
                    code.definition = description.text.trimmedWhitespace
                }
            }
            if let blockID, ids.claim(blockID) {
                code.id = blockID
            } else {
                code.id = ids.make(name: name, parentID: parentID)
                if let blockID {
                    warnings.append(.warning("code id '\(blockID)' is used twice; this one was renamed '\(code.id)'", at: location))
                }
            }
            if let guid = node[attribute: "guid"] {
                let key = QDACodebook.normalised(guid)
                if codeIDs[key] != nil {
                    warnings.append(.warning("code GUID \(guid) is used twice; codings of it go to the first code", at: location))
                } else {
                    codeIDs[key] = code.id
                }
            } else {
                warnings.append(.warning("code '\(name)' has no guid, so no coding can refer to it", at: location))
            }
            if name.trimmedWhitespace.isEmpty {
                code.label = code.id
                warnings.append(.warning("a code has no name; it was labelled '\(code.id)'", at: location))
            }
            for child in node.children(named: "Code") {
                code.codes.append(try self.code(child, parentID: code.id))
            }
            return code
        }
    }
}
