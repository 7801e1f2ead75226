import EvidentFormats
import EvidentImport
import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

@Suite("Word styles, and a council's template")
struct WordStylesTests {
    /// A council's styles: its own Heading 1 (Georgia, green) and Normal, nothing else.
    static let councilStyles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="00703C"/></w:rPr></w:style>\
        </w:styles>
        """

    static func template() throws -> String {
        var zip = ZipWriter()
        zip.add(councilStyles, as: "word/styles.xml")
        zip.add("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Council\"/>", as: "word/theme/theme1.xml")
        let path = NSTemporaryDirectory() + "evident-council-" + UUID().uuidString + ".dotx"
        try zip.archive().write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("the template's own styles are kept as they are and only the missing ones added; its theme is taken")
    func template() throws {
        let template = try WordStyles.readTemplate(path: try Self.template())
        let styles = WordStyles.stylesXML(template: template)
        #expect(styles.contains("<w:color w:val=\"00703C\"/>"), "the council's Heading 1")
        #expect(styles.components(separatedBy: "w:styleId=\"Heading1\"").count == 2, "Heading 1 defined once")
        #expect(styles.contains("w:styleId=\"Attribution\""), "added because the template lacks it")
        #expect(styles.contains("w:styleId=\"TableGrid\""))
        #expect(template.theme != nil)
        let content = try MiniStudy.content()
        let package = try WordAppendix.package(content.appendix, pngs: [:], template: template)
        let archive = try ZipArchive(bytes: Array(package), file: "appendix.docx")
        #expect(archive.entry("word/theme/theme1.xml") != nil)
    }

    @Test("a template without styles is refused, naming the file")
    func noStyles() throws {
        var zip = ZipWriter()
        zip.add("<x/>", as: "word/document.xml")
        let path = NSTemporaryDirectory() + "evident-nostyles-" + UUID().uuidString + ".docx"
        try zip.archive().write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { try WordStyles.readTemplate(path: path) }
    }

    @Test("without a template every style the document uses is defined, Word's by their built-in names")
    func defaults() {
        let styles = WordStyles.stylesXML(template: nil)
        for (id, name) in [("Title", "Title"), ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Heading3", "heading 3"),
                           ("Caption", "caption"), ("Quote", "Quote"), ("TableGrid", "Table Grid"), ("ListBullet", "List Bullet")] {
            #expect(styles.contains("w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"), "\(id)")
        }
    }
}
