/// The plain text of a Word document's body (`word/document.xml`) and the stretches shown in
/// bold, from the XML reader's events.
///
/// - Text: the body's paragraphs (`w:p`) joined with "\n", in document order, empty paragraphs
///   included, so a line of the text is a paragraph unless the paragraph holds a line break.
///   Within a run (`w:r`): `w:t` as written, `w:tab` as "\t", `w:br` and `w:cr` as "\n",
///   `w:noBreakHyphen` as "-".
/// - Left out: tables (`w:tbl`), deleted and moved-from text (`w:del`, `w:moveFrom`; only `w:t`
///   is read, never `w:delText` or field codes), drawings, pictures, embedded objects and text
///   boxes (`w:drawing`, `w:pict`, `w:object`, `w:txbxContent`), compatibility fallbacks
///   (`mc:Fallback`), and everything outside `w:body`. Comments live in `word/comments.xml`,
///   which is never read; their anchors in the body hold no text.
/// - Bold: a run whose own properties (`w:r/w:rPr`) hold `w:b` (not `w:val="0"`, `false` or
///   `off`) or the character style `Strong`. Styles applied to whole paragraphs are not followed.
struct WordDocumentText: Sendable {
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let skipped: Set<String> = ["tbl", "del", "moveFrom", "drawing", "pict", "object", "txbxContent"]

    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var emphasis: [Range<Int>] = []
    private(set) var paragraphs = 0
    /// Names of the open Word elements (other namespaces as "").
    private var open: [String] = []
    private var skipDepth = 0
    private var isBold = false

    /// Takes one event, in document order.
    mutating func take(_ event: XMLEvent) {
        switch event {
        case .start(let element):
            if skipDepth > 0 {
                skipDepth += 1
                return
            }
            let isWord = element.namespace.map(Self.namespaces.contains) ?? false
            let name = isWord ? element.name : ""
            if (isWord && Self.skipped.contains(name)) || (element.namespace == Self.compatibility && element.name == "Fallback") {
                skipDepth = 1
                return
            }
            start(name, element)
            open.append(name)
        case .end:
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            _ = open.popLast()
        case .text(let text, _):
            guard skipDepth == 0, open.last == "t", open.dropLast().last == "r", open.contains("body") else { return }
            append(text.unicodeScalars)
        }
    }

    private mutating func start(_ name: String, _ element: XMLElementStart) {
        guard open.contains("body") else { return }
        let parent = open.last
        switch name {
        case "p":
            if paragraphs > 0 { scalars.append("\n") }
            paragraphs += 1
        case "r":
            isBold = false
        case "b" where parent == "rPr" && open.dropLast().last == "r":
            let value = element[attribute: "val"]?.lowercased()
            isBold = value == nil || !["0", "false", "off"].contains(value ?? "")
        case "rStyle" where parent == "rPr" && open.dropLast().last == "r":
            if element[attribute: "val"]?.lowercased().contains("strong") == true { isBold = true }
        case "tab" where parent == "r":
            append("\t".unicodeScalars)
        case "br" where parent == "r", "cr" where parent == "r":
            append("\n".unicodeScalars)
        case "noBreakHyphen" where parent == "r":
            append("-".unicodeScalars)
        default:
            break
        }
    }

    private mutating func append(_ text: String.UnicodeScalarView) {
        let start = scalars.count
        scalars.append(contentsOf: text)
        guard isBold, scalars.count > start else { return }
        if let last = emphasis.last, last.upperBound == start {
            emphasis[emphasis.count - 1] = last.lowerBound..<scalars.count
        } else {
            emphasis.append(start..<scalars.count)
        }
    }
}
