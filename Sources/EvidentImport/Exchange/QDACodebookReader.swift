public import EvidentModel

/// Reads REFI-QDA codebooks: a `.qdc` file (`<CodeBook>` in `urn:QDA-XML:codebook:1.0`), or the
/// `<CodeBook>` and `<Sets>` of a project (`QDPXReader` hands them here). Nothing the file says
/// about a code is lost:
///
/// - Nested `<Code>` elements become nested codes; `name` becomes the label; `guid` is kept as
///   written (case and braces too), `color` as written, `isCodable="false"` as a category.
/// - `<Description>` becomes the definition, character for character.
/// - `<Set>`s with `<MemberCode>`s (`guid` in a codebook, `targetGUID` in a project) become code
///   sets, members by code id in the set's order.
/// - A code Evident wrote carries its id, patterns and the rest in an `evident` processing
///   instruction (`QDAInstruction`), read back exactly; the codebook's name and options come from
///   an `evident-codebook` instruction. Files from older Evident versions, which kept the same
///   YAML in a fenced block at the end of the description (`DescriptionBlock`), read alike.
/// - A code from another tool becomes a manual-only code with an id made from its name
///   (`CodeIDMaker`); the codebook is named after the file.
public enum QDACodebookReader {
    /// Reads the `.qdc` file at `path`.
    public static func read(path: String) throws(InputError) -> QDACodebook {
        let file = FilePaths.display(path)
        let reader = try XMLStreamReader(path: path, displayPath: file, options: XMLStreamReader.Options(instructions: true))
        var root: XMLElementStart?
        while let event = try reader.nextSignificant() {
            if case .start(let start) = event, !start.name.hasPrefix("?") {
                root = start
                break
            }
        }
        guard let root, root.name == "CodeBook" else {
            throw InputError(
                "not a REFI-QDA codebook: the root element is <\(root?.name ?? "nothing")>, not <CodeBook>",
                at: SourceLocation(file: file, line: root?.line ?? 1, column: root?.column),
                help: root?.name == "Project" ? "this is a project's XML; give the .qdpx it came in" : nil
            )
        }
        let node = try XMLNode.read(root, from: reader)
        let name = String(path.split(separator: "/").last?.split(separator: ".").first ?? "Codebook")
        return try build(
            codes: node.child(named: "Codes")?.children(named: "Code") ?? [],
            header: node.child(named: QDAInstruction.elementName(QDAInstruction.codebook)),
            sets: node.child(named: "Sets")?.children(named: "Set") ?? [], fallbackName: name, file: file
        )
    }

    /// Builds a codebook from `<Code>` elements, the `evident-codebook` instruction (or, from an
    /// older Evident, a `<Description>` ending in its block) and `<Set>` elements.
    public static func build(
        codes: [XMLNode], header: XMLNode?, sets: [XMLNode], fallbackName: String, file: String
    ) throws(InputError) -> QDACodebook {
        var codebook = Codebook(name: fallbackName, themes: [])
        var setNodes = sets
        if let header {
            try readHeader(header, file: file, into: &codebook)
        } else if let legacy = sets.firstIndex(where: { legacyHeader($0) != nil }), let description = legacyHeader(sets[legacy]) {
            try readHeader(description, file: file, into: &codebook)
            setNodes.remove(at: legacy)
        }
        var state = QDACodeBuilder(file: file)
        for node in codes {
            codebook.themes.append(try state.code(node, parentID: nil))
        }
        codebook.sets = setNodes.compactMap { state.codeSet($0) }
        forgetStableGUIDs(in: &codebook)
        return QDACodebook(codebook: codebook, codeIDs: state.codeIDs, warnings: state.warnings)
    }

    /// Clears the GUIDs Evident itself derives from the codebook's name and the code's id (or the
    /// set's name), so a codebook that went out to a `.qdc` comes back as it was written, without
    /// `guid:` lines it never had; the same GUIDs are derived again on the next export.
    static func forgetStableGUIDs(in codebook: inout Codebook) {
        let name = codebook.name
        func clean(_ code: inout Code) {
            if let guid = code.guid, StableGUID(guid) == StableGUID.code(code.id, inCodebook: name) { code.guid = nil }
            for index in code.codes.indices { clean(&code.codes[index]) }
        }
        for index in codebook.themes.indices { clean(&codebook.themes[index]) }
        for index in codebook.sets.indices {
            if let guid = codebook.sets[index].guid,
                StableGUID(guid) == StableGUID.codebook(name).child("set:" + codebook.sets[index].name)
            {
                codebook.sets[index].guid = nil
            }
        }
    }

    /// The `<Description>` of a set an older Evident wrote to carry the codebook's block.
    private static func legacyHeader(_ set: XMLNode) -> XMLNode? {
        guard let description = set.child(named: "Description"),
            DescriptionBlock.split(description.text, info: DescriptionBlock.codebook) != nil
        else { return nil }
        return description
    }

    private static func readHeader(_ node: XMLNode, file: String, into codebook: inout Codebook) throws(InputError) {
        if node.name.hasPrefix("?") {
            try QDAFields.readHeader(QDAInstruction.yaml(node.text), at: SourceLocation(file: file, line: node.line), into: &codebook)
        } else if let block = DescriptionBlock.split(node.text, info: DescriptionBlock.codebook) {
            try QDAFields.readHeader(block.yaml, at: SourceLocation(file: file, line: node.line + block.lineOffset), into: &codebook)
        }
    }
}
