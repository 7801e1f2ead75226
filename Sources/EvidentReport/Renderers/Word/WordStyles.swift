import EvidentImport
import EvidentModel
import Foundation

/// `word/styles.xml`: Word's built-in styles by their built-in names — Title, Subtitle,
/// Heading 1–3 (so the navigation pane and a table of contents work), Caption, Quote, List
/// Bullet, TOC Heading and TOC 1, Footer, Hyperlink, HTML Code, Table Grid — and four of the
/// appendix's own (Lead, Note, Definition, Attribution), A4-friendly and in Arial.
///
/// With a council's template (`--word-template`, a `.docx` or `.dotx`), its `styles.xml` (and
/// theme) are used as they are, and only the styles it lacks are added, so the appendix takes the
/// council's fonts, colours and spacing.
enum WordStyles {
    /// A style the appendix uses: its id and its definition.
    struct Style {
        var id: String
        var xml: String
    }

    /// The template's parts the document takes: styles and, when present, the theme.
    struct Template {
        var styles: String
        var theme: Data?
    }

    static func stylesXML(template: Template?) -> String {
        guard let template else {
            return WordXML.declaration + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + defaults + all.map(\.xml).joined() + "</w:styles>"
        }
        // Add only the styles the template does not define, just before its closing tag.
        let missing = all.filter { !template.styles.contains("w:styleId=\"\($0.id)\"") }.map(\.xml).joined()
        guard let end = template.styles.range(of: "</w:styles>", options: .backwards) else { return template.styles }
        return String(template.styles[..<end.lowerBound]) + missing + String(template.styles[end.lowerBound...])
    }

    /// Reads a council's template: `word/styles.xml` (required) and `word/theme/theme1.xml`,
    /// through the bounded zip reader every package goes through.
    static func readTemplate(path: String) throws(InputError) -> Template {
        let shown = FilePaths.display(path)
        let archive = try ZipArchive(path: path, file: shown)
        guard let styles = archive.entry("word/styles.xml") else {
            throw InputError(
                "the Word template has no styles (word/styles.xml)", at: SourceLocation(file: shown),
                help: "give a .docx or .dotx saved by Word or LibreOffice")
        }
        let text = String(decoding: try archive.contents(of: styles), as: UTF8.self)
        guard text.contains("<w:styles") else {
            throw InputError("the Word template's styles.xml is not WordprocessingML", at: SourceLocation(file: shown))
        }
        let theme = try archive.entry("word/theme/theme1.xml").map { entry throws(InputError) in Data(try archive.contents(of: entry)) }
        return Template(styles: text, theme: theme)
    }

    static let defaults = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
        <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
        """

    static func paragraph(_ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil, pPr: String = "", rPr: String = "", extra: String = "") -> Style {
        var xml = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"" + (id == "Normal" ? " w:default=\"1\"" : "") + "><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { xml += "<w:next w:val=\"\(next)\"/>" }
        xml += extra + "<w:qFormat/>"
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        return Style(id: id, xml: xml + "</w:style>")
    }

    static let ink = "1D2433"
    static let muted = "5B6478"
    static let accent = "1F5FA6"

    static let all: [Style] = [
        paragraph("Normal", "Normal", basedOn: nil),
        Style(id: "DefaultParagraphFont", xml: "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"),
        Style(id: "TableNormal", xml: "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"),
        paragraph("Title", "Title", next: "Normal", pPr: "<w:spacing w:before=\"0\" w:after=\"120\"/>", rPr: "<w:b/><w:color w:val=\"\(ink)\"/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>"),
        paragraph("Subtitle", "Subtitle", next: "Normal", pPr: "<w:spacing w:after=\"240\"/>", rPr: "<w:color w:val=\"\(muted)\"/><w:sz w:val=\"26\"/>"),
        paragraph("Heading1", "heading 1", next: "Normal", pPr: "<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"2\" w:color=\"\(ink)\"/></w:pBdr><w:spacing w:before=\"360\" w:after=\"160\"/><w:outlineLvl w:val=\"0\"/>", rPr: "<w:b/><w:color w:val=\"\(ink)\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"),
        paragraph("Heading2", "heading 2", next: "Normal", pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"100\"/><w:outlineLvl w:val=\"1\"/>", rPr: "<w:b/><w:color w:val=\"\(ink)\"/><w:sz w:val=\"25\"/><w:szCs w:val=\"25\"/>"),
        paragraph("Heading3", "heading 3", next: "Normal", pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/>", rPr: "<w:b/><w:color w:val=\"\(muted)\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"),
        paragraph("Caption", "caption", next: "Normal", pPr: "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"80\"/>", rPr: "<w:b/><w:color w:val=\"\(ink)\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
        paragraph("Quote", "Quote", next: "Attribution", pPr: "<w:keepNext/><w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"\(accent)\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F6F9\"/><w:spacing w:before=\"120\" w:after=\"0\"/><w:ind w:left=\"284\" w:right=\"284\"/>", rPr: "<w:i/>"),
        paragraph("Attribution", "Attribution", basedOn: "Quote", next: "Normal", pPr: "<w:keepNext w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"160\"/><w:jc w:val=\"right\"/>", rPr: "<w:i w:val=\"0\"/><w:color w:val=\"\(muted)\"/><w:sz w:val=\"18\"/>"),
        paragraph("Lead", "Lead", next: "Normal", rPr: "<w:b/>"),
        paragraph("Note", "Note", next: "Normal", pPr: "<w:spacing w:after=\"160\"/>", rPr: "<w:color w:val=\"\(muted)\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>"),
        paragraph("Definition", "Definition", next: "Normal", rPr: "<w:i/><w:color w:val=\"\(muted)\"/>"),
        paragraph("ListBullet", "List Bullet", next: "ListBullet", pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>"),
        paragraph("TOCHeading", "TOC Heading", next: "Normal", pPr: "<w:spacing w:before=\"240\" w:after=\"120\"/>", rPr: "<w:b/><w:color w:val=\"\(ink)\"/><w:sz w:val=\"26\"/>"),
        paragraph("TOC1", "toc 1", next: "Normal", pPr: "<w:spacing w:after=\"40\"/>"),
        paragraph("Footer", "footer", pPr: "<w:jc w:val=\"center\"/>", rPr: "<w:color w:val=\"\(muted)\"/><w:sz w:val=\"16\"/>"),
        Style(id: "Hyperlink", xml: "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:color w:val=\"\(accent)\"/></w:rPr></w:style>"),
        Style(id: "HTMLCode", xml: "<w:style w:type=\"character\" w:styleId=\"HTMLCode\"><w:name w:val=\"HTML Code\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"18\"/></w:rPr></w:style>"),
        Style(id: "TableGrid", xml: "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BFC5D0\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BFC5D0\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D7DBE3\"/></w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"70\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"70\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"\(ink)\"/></w:tcBorders><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E9EDF3\"/></w:tcPr></w:tblStylePr></w:style>"),
    ]
}
