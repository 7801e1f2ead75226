public import EvidentModel

/// Reads a REFI-QDA project (`.qdpx`: a zip of `project.qde` and a `sources/` folder) as written
/// by NVivo, ATLAS.ti, MAXQDA, QualCoder, other tools, or `evident export-qdpx`.
///
/// The XML goes through the project's hardened `XMLStreamReader` (no entities, no DTDs, nothing
/// fetched). The sources list is streamed one selection at a time, so a project with hundreds of
/// thousands of codings is read without building a tree of it; only the codebook, users,
/// variables and each case are read whole.
///
/// Real files bend the standard, and are accepted with a warning where the meaning is clear: a
/// `plainTextPath` without `internal://` (qc writes `board_2017.txt`) is looked up in the sources
/// folder; a text source without a `name` is named after its file. External paths
/// (`relative://`, `absolute://`) are never opened: the codings are kept and mapped by offsets.
public enum QDPXReader {
    /// Reads the project at `path`; with `codebookOnly`, its cases and sources are skipped
    /// unread (a codebook taken out of a project).
    public static func read(path: String, codebookOnly: Bool = false) throws(InputError) -> QDAProject {
        let archive = try QDPXArchiveReader(path: path)
        let entryPath = try archive.projectEntryPath()
        let file = archive.file + "/" + entryPath
        // Evident's own fields are processing instructions in the codebook (`QDAInstruction`).
        let reader = try archive.xmlReader(entryPath, displayPath: file, options: XMLStreamReader.Options(instructions: true))
        var parser = QDPXParser(reader: reader, archive: archive, file: file)
        parser.codebookOnly = codebookOnly
        return try parser.parse()
    }
}

/// One pass over a project's XML events.
struct QDPXParser {
    let reader: XMLStreamReader
    let archive: QDPXArchiveReader
    let file: String
    var project: QDAProject
    /// Skip `<Cases>` and `<Sources>`.
    var codebookOnly = false
    private var codeBook: XMLNode?
    private var sets: [XMLNode] = []
    private var description: XMLNode?

    init(reader: XMLStreamReader, archive: QDPXArchiveReader, file: String) {
        self.reader = reader
        self.archive = archive
        self.file = file
        project = QDAProject(name: "", file: file)
    }

    mutating func parse() throws(InputError) -> QDAProject {
        var root: XMLElementStart?
        while let event = try reader.nextSignificant() {
            if case .start(let start) = event, !start.name.hasPrefix("?") {
                root = start
                break
            }
        }
        guard let root, root.name == "Project" else {
            throw InputError(
                "not a REFI-QDA project: the root element is <\(root?.name ?? "nothing")>, not <Project>",
                at: SourceLocation(file: file, line: root?.line ?? 1, column: root?.column)
            )
        }
        project.name = root[attribute: "name"] ?? ""
        project.origin = root[attribute: "origin"]
        project.positions = QDAPositions.of(origin: project.origin)
        while let event = try reader.nextSignificant() {
            switch event {
            case .start(let element):
                try section(element)
            case .end:
                return try finish()
            case .text:
                continue
            }
        }
        return try finish()
    }

    private mutating func section(_ element: XMLElementStart) throws(InputError) {
        switch element.name {
        case "Users":
            project.users = try XMLNode.read(element, from: reader).children(named: "User").compactMap { user in
                user[attribute: "guid"].map { QDAUser(guid: $0, name: user[attribute: "name"], id: user[attribute: "id"]) }
            }
        case "CodeBook":
            codeBook = try XMLNode.read(element, from: reader)
        case "Sets":
            sets = try XMLNode.read(element, from: reader).children(named: "Set")
        case "Variables":
            project.variables = try XMLNode.read(element, from: reader).children(named: "Variable").compactMap { variable in
                guard let guid = variable[attribute: "guid"], let name = variable[attribute: "name"] else { return nil }
                return QDAVariable(guid: guid, name: name, type: variable[attribute: "typeOfVariable"] ?? "Text")
            }
        case QDAInstruction.elementName(QDAInstruction.project):
            let node = try XMLNode.read(element, from: reader)
            project.positions = QDAInstruction.positions(node.text, default: project.positions)
        case "Cases" where codebookOnly, "Sources" where codebookOnly:
            try XMLNode.skip(element, from: reader)
        case "Cases":
            try readCases()
        case "Sources":
            try readSources()
        case "Description":
            description = try XMLNode.read(element, from: reader)
        default:
            try XMLNode.skip(element, from: reader)
        }
    }

    private mutating func finish() throws(InputError) -> QDAProject {
        let codes = codeBook?.child(named: "Codes")?.children(named: "Code") ?? []
        // Evident writes the codebook's own instruction in <CodeBook>; before, it wrote the same
        // YAML in a block at the end of the project's description.
        let header = codeBook?.child(named: QDAInstruction.elementName(QDAInstruction.codebook))
            ?? description.flatMap { DescriptionBlock.split($0.text, info: DescriptionBlock.codebook) == nil ? nil : $0 }
        if !codes.isEmpty || header != nil {
            let codebook = try QDACodebookReader.build(codes: codes, header: header, sets: sets, fallbackName: project.name, file: file)
            project.codebook = codebook
            project.warnings += codebook.warnings
        }
        return project
    }

    private mutating func readCases() throws(InputError) {
        while let event = try reader.nextSignificant() {
            switch event {
            case .start(let element) where element.name == "Case":
                let node = try XMLNode.read(element, from: reader)
                guard let guid = node[attribute: "guid"] else { continue }
                var values: [String: String] = [:]
                for value in node.children(named: "VariableValue") {
                    guard let variable = value.child(named: "VariableRef")?[attribute: "targetGUID"] else { continue }
                    values[variable] = value.children.first { $0.name.hasSuffix("Value") }?.text ?? ""
                }
                project.cases.append(QDACase(
                    guid: guid, name: node[attribute: "name"], values: values,
                    sourceGUIDs: node.children(named: "SourceRef").compactMap { $0[attribute: "targetGUID"] },
                    selectionGUIDs: node.children(named: "SelectionRef").compactMap { $0[attribute: "targetGUID"] }
                ))
            case .start(let element):
                try XMLNode.skip(element, from: reader)
            case .end:
                return
            case .text:
                continue
            }
        }
    }
}
