import EvidentFormats
import EvidentModel
import Foundation

/// The parts of a WordprocessingML package and the relationships between them (ECMA-376 Part 2,
/// Open Packaging Conventions): every part is listed in `[Content_Types].xml`, by extension or by
/// name, and reached from the package's or the document's relationships.
struct WordPackage {
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// Part path (no leading slash) → bytes, in the order added.
    private(set) var parts: [(path: String, data: Data)] = []
    /// Content types by part name, for parts whose extension does not say.
    private(set) var overrides: [(path: String, type: String)] = []
    /// The document part's relationships.
    private(set) var documentRelationships: [Relationship] = []

    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    /// Content types by extension.
    static let defaults = [
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("xml", "application/xml"),
        ("png", "image/png"),
        ("svg", "image/svg+xml"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ]

    mutating func add(_ data: Data, at path: String, contentType: String? = nil) {
        parts.append((path, data))
        if let contentType { overrides.append((path, contentType)) }
    }

    /// A text part (XML), through `ControlCharacters.published` as every published document:
    /// no bidirectional override from the data reorders what Word shows, and no C0 control
    /// (which XML 1.0 cannot hold: Word would refuse the whole file) reaches the package.
    mutating func add(_ text: String, at path: String, contentType: String? = nil) {
        add(Data(ControlCharacters.published(text).utf8), at: path, contentType: contentType)
    }

    /// Relates the document to a part (`target` relative to `word/`); returns the relationship id.
    @discardableResult
    mutating func relate(_ type: String, target: String) -> String {
        let id = "rId\(documentRelationships.count + 1)"
        documentRelationships.append(Relationship(id: id, type: Self.relationshipNamespace + "/" + type, target: target))
        return id
    }

    static func relationshipsXML(_ relationships: [Relationship]) -> String {
        WordXML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationships.map {
                "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\(XMLEscape.attribute($0.target))\"/>"
            }.joined() + "</Relationships>"
    }

    /// The zipped package: content types first, then the package relationships, the document's
    /// relationships, and every part.
    func archive() throws -> Data {
        var zip = ZipWriter()
        let types = WordXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + Self.defaults.map { "<Default Extension=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + overrides.map { "<Override PartName=\"/\($0.path)\" ContentType=\"\($0.type)\"/>" }.joined() + "</Types>"
        zip.add(types, as: "[Content_Types].xml")
        let package = [
            Relationship(id: "rId1", type: Self.relationshipNamespace + "/officeDocument", target: "word/document.xml"),
            Relationship(
                id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                target: "docProps/core.xml"),
            Relationship(id: "rId3", type: Self.relationshipNamespace + "/extended-properties", target: "docProps/app.xml"),
        ]
        zip.add(Self.relationshipsXML(package), as: "_rels/.rels")
        zip.add(Self.relationshipsXML(documentRelationships), as: "word/_rels/document.xml.rels")
        for part in parts { zip.add(part.data, as: part.path) }
        return try zip.archive()
    }
}
