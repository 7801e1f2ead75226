import EvidentModel

/// The running state of one REFI-QDA codebook read (`QDACodebookReader`): ids handed out, GUIDs
/// seen, what the reader noticed.
struct QDACodeBuilder {
    let file: String
    var ids = CodeIDMaker()
    /// Code GUID (normalised) → code id.
    var codeIDs: [String: String] = [:]
    var warnings: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func code(_ node: XMLNode, parentID: String?) throws(InputError) -> Code {
        let location = SourceLocation(file: file, line: node.line, column: node.start.column)
        let name = node[attribute: "name"] ?? ""
        var code = Code(id: "", label: name, color: node[attribute: "color"], isCodable: codable(node, location: location), declaredAt: location)
        let description = node.child(named: "Description").flatMap { $0.text.isEmpty ? nil : $0 }
        var blockID: String?
        if let instruction = node.child(named: QDAInstruction.elementName(QDAInstruction.code)) {
            blockID = try QDAFields.readCode(QDAInstruction.yaml(instruction.text), at: SourceLocation(file: file, line: instruction.line), into: &code)
            // The description is made from the definition and guidance when there is guidance;
            // otherwise it is the definition itself.
            let composed = code.include != nil || code.excludeGuidance != nil || !code.examples.isEmpty
            if code.definition == nil, !composed, let description { code.definition = description.text }
        } else if let description, let block = DescriptionBlock.split(description.text, info: DescriptionBlock.code) {
            blockID = try QDAFields.readCode(block.yaml, at: SourceLocation(file: file, line: description.line + block.lineOffset), into: &code)
        } else if let description {
            code.definition = description.text
        }
        if let blockID, ids.claim(blockID) {
            code.id = blockID
        } else {
            code.id = ids.make(name: name, parentID: parentID)
            if let blockID {
                warnings.append(.warning("code id '\(blockID)' is used twice; this one was renamed '\(code.id)'", at: location))
            }
        }
        if let guid = node[attribute: "guid"], !guid.trimmedWhitespace.isEmpty {
            let key = QDACodebook.normalised(guid)
            if codeIDs[key] != nil {
                warnings.append(.warning(
                    "code GUID \(guid) is used twice; codings of it go to the first code, and this one gets a new GUID", at: location
                ))
            } else {
                codeIDs[key] = code.id
                code.guid = guid
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

    /// `isCodable` as `xsd:boolean` reads it (`true`, `false`, `1`, `0`); absent or unreadable
    /// is codable, the latter with a warning.
    private mutating func codable(_ node: XMLNode, location: SourceLocation) -> Bool {
        guard let text = node[attribute: "isCodable"]?.trimmedWhitespace else { return true }
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default:
            warnings.append(.warning("isCodable=\"\(text)\" is not true or false; the code is read as codable", at: location))
            return true
        }
    }

    /// A `<Set>` as a code set: its `<MemberCode>`s by code id. A set of sources or notes only
    /// (a document set in a project) is no part of a codebook and gives `nil`.
    mutating func codeSet(_ node: XMLNode) -> CodeSet? {
        let location = SourceLocation(file: file, line: node.line, column: node.start.column)
        let name = node[attribute: "name"] ?? ""
        let members = node.children(named: "MemberCode")
        let others = node.children.filter { $0.name == "MemberSource" || $0.name == "MemberNote" }
        if members.isEmpty, !others.isEmpty { return nil }
        var set = CodeSet(name: name, guid: node[attribute: "guid"], description: node.child(named: "Description").flatMap { $0.text.isEmpty ? nil : $0.text }, declaredAt: location)
        for member in members {
            guard let target = member[attribute: "guid"] ?? member[attribute: "targetGUID"] else { continue }
            guard let id = codeIDs[QDACodebook.normalised(target)] else {
                warnings.append(.warning("set '\(name)' names code GUID \(target), which the codebook does not have; it was left out", at: location))
                continue
            }
            if !set.codeIDs.contains(id) { set.codeIDs.append(id) }
        }
        if !others.isEmpty {
            warnings.append(.note("set '\(name)' also holds \(others.count) sources or notes, which are no part of a codebook", at: location))
        }
        return set
    }
}
