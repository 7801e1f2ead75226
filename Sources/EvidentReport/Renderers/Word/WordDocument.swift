import EvidentFormats
import Foundation

/// `word/document.xml`: the appendix as WordprocessingML, block by block — sections as Heading 1
/// (with a bookmark the contents link to), sub-headings as Heading 2 and 3, numbered table and
/// figure captions (Caption style, `SEQ Table` / `SEQ Figure` fields with their numbers cached,
/// each number bookmarked for cross-references), quotes in the Quote style with their
/// attribution, lists in List Bullet. Every text comes from the model as it is.
struct WordDocument {
    /// A4 portrait with 2 cm margins: the width text may take, in twentieths of a point.
    static let textWidth = 11906 - 2 * 1134
    /// The same on A4 landscape, for tables too wide for portrait (`isLandscape(_:)`).
    static let landscapeTextWidth = 16838 - 2 * 1134
    /// The same width in EMU (914,400 to the inch, 635 to the twip), for drawings.
    static let textWidthEMU = textWidth * 635

    var package: WordPackage
    /// Each figure's PNG, by figure name (`ChartRasterizer`).
    let pngs: [String: Data]
    var body: [String] = []
    private var bookmarks = 0
    private(set) var drawings = 0
    private var charts = 0
    private var images = 0
    /// Whether the section being written is on landscape pages.
    private(set) var isLandscape = false
    /// `word/_rels/document.xml.rels`' id of the footer, which every section shows.
    private var footer = ""

    init(package: WordPackage, pngs: [String: Data]) {
        self.package = package
        self.pngs = pngs
    }

    /// The document part for `appendix`, adding its charts and pictures to the package.
    mutating func build(_ appendix: Appendix, footer: String) throws -> String {
        self.footer = footer
        body.append(WordXML.paragraph(WordXML.run(appendix.kind, properties: "<w:caps/><w:color w:val=\"1F5FA6\"/><w:sz w:val=\"18\"/>")))
        body.append(WordXML.paragraph(WordXML.run(appendix.title), style: "Title"))
        if let organisation = appendix.organisation { body.append(WordXML.paragraph(WordXML.run(organisation), style: "Subtitle")) }
        body.append(WordXML.paragraph(runs(appendix.provenance.runs), style: "Note"))
        if appendix.hasHeadlines {
            body.append(WordXML.paragraph(WordXML.run("Headline figures"), style: "TOCHeading"))
            for headline in appendix.headlines { body.append(WordXML.paragraph(WordXML.run(headline.text), style: "ListBullet")) }
        }
        contents(appendix)
        if let elsewhere = appendix.elsewhere { body.append(WordXML.paragraph(WordXML.run(elsewhere), style: "Note")) }
        for section in appendix.sections {
            // A section break already starts a new page: a page break as well would leave one blank.
            let turned = orient(landscape: Self.isLandscape(section.blocks[...]))
            // Each part opens on a new page, under its own heading (not in the contents field).
            if let part = section.partTitle {
                body.append(WordXML.paragraph(WordXML.run(part), style: "Subtitle", properties: turned ? "" : "<w:pageBreakBefore/>"))
            }
            let heading = WordXML.bookmark(WordXML.bookmarkName("sec_" + section.id), id: nextBookmark(), around: WordXML.run(section.numberedTitle))
            body.append(WordXML.paragraph(heading, style: "Heading1"))
            for (index, block) in section.blocks.enumerated() {
                orient(landscape: Self.isLandscape(section.blocks[index...]))
                try self.block(block)
            }
        }
        orient(landscape: false)
        return WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>" + body.joined() + sectionProperties(landscape: false)
            + "</w:body></w:document>"
    }

    /// A section's properties: A4 with 2 cm margins, portrait or landscape, the footer with its
    /// page numbers (which run on through every section). Each section starts on a new page.
    private func sectionProperties(landscape: Bool) -> String {
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(footer)\"/>"
            + (landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"708\"/></w:sectPr>"
    }

    /// Turns the page for what follows when its orientation differs from the current
    /// section's: the current section ends (a paragraph carrying its properties) and the next
    /// starts on a new page.
    @discardableResult
    private mutating func orient(landscape: Bool) -> Bool {
        guard landscape != isLandscape else { return false }
        body.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>" + sectionProperties(landscape: isLandscape) + "</w:pPr></w:p>")
        isLandscape = landscape
        return true
    }

    /// Whether the blocks from here go on landscape pages: a table too wide for portrait (one
    /// of a pair) does, and so do the headings just before it, so they stay with it.
    static func isLandscape(_ blocks: ArraySlice<Block>) -> Bool {
        for block in blocks {
            switch block {
            case .heading: continue
            case .table(let table): return isLandscape(table)
            case .pair(let pair): return isLandscape(pair.first) || isLandscape(pair.second)
            default: return false
            }
        }
        return false
    }

    /// A table of contents field over the sections, its entries cached (linked to each
    /// section's bookmark) so it reads before Word updates it; Update Field adds page numbers.
    private mutating func contents(_ appendix: Appendix) {
        body.append(WordXML.paragraph(WordXML.run("Contents"), style: "TOCHeading"))
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        var opened = false
        for entry in appendix.contents {
            if let part = entry.part {
                body.append(WordXML.paragraph((opened ? "" : begin) + WordXML.run(part, properties: "<w:b/>"), style: "TOC1"))
                opened = true
            }
            let link = "<w:hyperlink w:anchor=\"\(WordXML.bookmarkName("sec_" + entry.anchor))\" w:history=\"1\">"
                + WordXML.run(entry.numberedTitle, properties: "<w:rStyle w:val=\"Hyperlink\"/>") + "</w:hyperlink>"
            body.append(WordXML.paragraph((opened ? "" : begin) + link, style: "TOC1"))
            opened = true
        }
        body.append(WordXML.paragraph("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", style: "TOC1"))
    }

    private mutating func block(_ block: Block) throws {
        switch block {
        case .heading(let heading):
            let text = WordXML.run(heading.text)
            let content = heading.anchor.map { WordXML.bookmark(WordXML.bookmarkName($0), id: nextBookmark(), around: text) } ?? text
            body.append(WordXML.paragraph(content, style: heading.level <= 3 ? "Heading2" : "Heading3"))
        case .paragraph(let paragraph):
            body.append(WordXML.paragraph(runs(paragraph.runs), style: Self.style(of: paragraph)))
        case .list(let list):
            for item in list.items { body.append(WordXML.paragraph(runs(item.runs), style: "ListBullet")) }
        case .table(let table):
            self.table(table)
        case .pair(let pair):
            self.table(pair.first)
            self.table(pair.second)
        case .figure(let figure):
            try self.figure(figure)
        case .quote(let quote):
            body.append(WordXML.paragraph(WordXML.run("“" + quote.text + "”"), style: "Quote"))
            body.append(WordXML.paragraph(WordXML.run("— " + quote.attribution), style: "Attribution"))
        case .callout(let callout):
            body.append(WordXML.paragraph(WordXML.run(callout.title), style: "Heading3"))
            for paragraph in callout.paragraphs { body.append(WordXML.paragraph(runs(paragraph.runs))) }
        case .definitions(let definitions):
            for entry in definitions.entries {
                body.append(WordXML.paragraph(WordXML.run(entry.term + ". ", properties: "<w:b/>") + WordXML.run(entry.definition)))
            }
        }
    }

    static func style(of paragraph: Paragraph) -> String? {
        switch paragraph.style {
        case .body: nil
        case .lead: "Lead"
        case .note, .muted: "Note"
        case .definition: "Definition"
        }
    }

    func runs(_ runs: [Run]) -> String {
        runs.map { run in
            switch run {
            case .plain(let text): WordXML.run(text)
            case .strong(let text): WordXML.run(text, properties: "<w:b/>")
            case .emphasis(let text): WordXML.run(text, properties: "<w:i/>")
            case .code(let text): WordXML.run(text, properties: "<w:rStyle w:val=\"HTMLCode\"/>")
            }
        }.joined()
    }

    /// A caption: "Table 3. …" or "Figure 2. …", the number a `SEQ` field inside a bookmark.
    mutating func caption(kind: String, number: Int, anchor: String, text: String, keepNext: Bool) -> String {
        let label = WordXML.run(kind + " ") + WordXML.field("SEQ \(kind) \\* ARABIC", result: String(number))
        let marked = WordXML.bookmark(WordXML.bookmarkName(anchor), id: nextBookmark(), around: label)
        return WordXML.paragraph(
            marked + WordXML.run(". " + text, properties: "<w:b w:val=\"0\"/>"), style: "Caption",
            properties: keepNext ? "" : "<w:keepNext w:val=\"0\"/>")
    }

    mutating func nextBookmark() -> Int {
        bookmarks += 1
        return bookmarks
    }

    mutating func nextDrawing() -> Int {
        drawings += 1
        return drawings
    }

    mutating func nextChart() -> Int {
        charts += 1
        return charts
    }

    mutating func nextImage() -> Int {
        images += 1
        return images
    }
}
