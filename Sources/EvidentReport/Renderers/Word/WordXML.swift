import EvidentFormats

/// Small pieces of WordprocessingML, escaped once here (`XMLEscape`).
enum WordXML {
    /// A run of text: `<w:r>` with optional run properties, spaces kept.
    static func run(_ text: String, properties: String = "") -> String {
        guard !text.isEmpty else { return "" }
        let props = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        // A line break inside a text is a <w:br/> between runs' texts.
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(XMLEscape.text(String($0)))</w:t>"
        }
        return "<w:r>\(props)\(parts.joined(separator: "<w:br/>"))</w:r>"
    }

    /// A paragraph with a style and optional extra paragraph properties.
    static func paragraph(_ content: String, style: String? = nil, properties: String = "") -> String {
        let styled = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        let props = styled + properties
        return "<w:p>" + (props.isEmpty ? "" : "<w:pPr>\(props)</w:pPr>") + content + "</w:p>"
    }

    /// A complex field (`SEQ Table`, `PAGE`) with its last known result, so the number shows
    /// before Word updates fields.
    static func field(_ instruction: String, result: String, properties: String = "") -> String {
        let props = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return "<w:r>\(props)<w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r>\(props)<w:instrText xml:space=\"preserve\"> \(XMLEscape.text(instruction)) </w:instrText></w:r>"
            + "<w:r>\(props)<w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + run(result, properties: properties)
            + "<w:r>\(props)<w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    /// A bookmark around `content`, for cross-references (`REF Table_3`).
    static func bookmark(_ name: String, id: Int, around content: String) -> String {
        "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(XMLEscape.attribute(name))\"/>\(content)<w:bookmarkEnd w:id=\"\(id)\"/>"
    }

    /// A bookmark name Word accepts: letters, digits and underscores, starting with a letter,
    /// at most 40 characters.
    static func bookmarkName(_ anchor: String) -> String {
        let cleaned = String(anchor.unicodeScalars.map { scalar -> Character in
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            return ok ? Character(scalar) : "_"
        })
        let named = cleaned.first?.isLetter == true ? cleaned : "b_" + cleaned
        return String(named.prefix(40))
    }

    /// The namespaces the document part uses.
    static let namespaces = [
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"",
        "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"",
    ].joined(separator: " ")

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}
