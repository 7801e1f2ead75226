import EvidentFormats
import EvidentModel
import Foundation

/// `appendix.docx` (and `annex.docx` with `--annex separate`): the appendix as a Word document a council can edit and merge into its
/// effectiveness report — Word's own styles (or the council's, with `--word-template`), real
/// tables, numbered captions, native charts with their data, page numbers, A4 portrait.
/// Written part by part (`WordDocument`, `WordStyles`, `WordChart`, `ChartWorkbook`) and zipped
/// deterministically, so the same study gives the same bytes.
struct WordAppendix: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        let template = try content.wordTemplate.map { path throws(InputError) in try WordStyles.readTemplate(path: path) }
        do {
            for document in content.documents {
                try folder.write(try Self.package(document.appendix, pngs: content.pngs, template: template), to: document.name + ".docx")
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("cannot build appendix.docx: \(error)", at: SourceLocation(file: folder.path))
        }
    }

    static func package(_ appendix: Appendix, pngs: [String: Data], template: WordStyles.Template? = nil) throws -> Data {
        let main = WordPackage.mainType
        var package = WordPackage()
        package.relate("styles", target: "styles.xml")
        package.add(WordStyles.stylesXML(template: template), at: "word/styles.xml", contentType: main + ".styles+xml")
        package.relate("settings", target: "settings.xml")
        package.add(settings, at: "word/settings.xml", contentType: main + ".settings+xml")
        package.relate("numbering", target: "numbering.xml")
        package.add(numbering, at: "word/numbering.xml", contentType: main + ".numbering+xml")
        if let theme = template?.theme {
            package.relate("theme", target: "theme/theme1.xml")
            package.add(theme, at: "word/theme/theme1.xml", contentType: "application/vnd.openxmlformats-officedocument.theme+xml")
        }
        let footer = package.relate("footer", target: "footer1.xml")
        package.add(footerXML, at: "word/footer1.xml", contentType: main + ".footer+xml")
        var document = WordDocument(package: package, pngs: pngs)
        let body = try document.build(appendix, footer: footer)
        package = document.package
        package.add(body, at: "word/document.xml", contentType: main + ".document.main+xml")
        package.add(core(appendix), at: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml")
        package.add(
            WordXML.declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Evident</Application></Properties>",
            at: "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        return try package.archive()
    }

    static let settings = WordXML.declaration
        + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:zoom w:percent=\"100\"/>"
        + "<w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"

    static let numbering = WordXML.declaration
        + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
        + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"

    static var footerXML: String {
        WordXML.declaration
            + "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + WordXML.paragraph(
                WordXML.run("Page ") + WordXML.field("PAGE", result: "1") + WordXML.run(" of ") + WordXML.field("NUMPAGES", result: "1"),
                style: "Footer")
            + "</w:ftr>"
    }

    static func core(_ appendix: Appendix) -> String {
        var xml = WordXML.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLEscape.text(appendix.kind + ": " + appendix.title))</dc:title><dc:creator>Evident \(XMLEscape.text(appendix.version))</dc:creator>"
        if let stamp = appendix.stamp { xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(XMLEscape.text(stamp))</dcterms:created>" }
        return xml + "</cp:coreProperties>"
    }
}
