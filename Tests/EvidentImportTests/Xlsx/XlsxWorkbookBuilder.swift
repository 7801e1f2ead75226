@testable import EvidentImport

/// Builds small `.xlsx` files part by part (through the tests' `ZipBuilder`), honest or
/// hostile, for the workbook reader's tests.
struct XlsxWorkbookBuilder {
    var sheets: [(name: String, xml: String, hidden: Bool)] = []
    var sharedStrings: [String] = []
    var date1904 = false
    var styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yyyy h:mm:ss"/></numFmts>\
        <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>
        """
    /// Extra parts, written as given (to make hostile workbooks).
    var extra: [(name: String, text: String)] = []

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A sheet's XML from rows of cells given as their inner XML (`<c r="A1" t="s"><v>0</v></c>`).
    static func sheet(_ rows: [String], after: String = "") -> String {
        "<worksheet xmlns=\"\(main)\"><sheetData>" + rows.joined() + "</sheetData>\(after)</worksheet>"
    }

    func bytes() -> [UInt8] {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 10)\"/>"
        }.joined()
        zip.add("xl/workbook.xml", """
            <workbook xmlns="\(Self.main)" xmlns:r="\(Self.relationships)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/>\
            <sheets>\(sheetList)</sheets></workbook>
            """)
        let rels = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 10)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/part\(index + 1).xml\"/>"
        }.joined()
        zip.add("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)\
            <Relationship Id="rId2" Type="\(Self.relationships)/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId3" Type="\(Self.relationships)/styles" Target="/xl/styles.xml"/></Relationships>
            """)
        let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
        zip.add("xl/sharedStrings.xml", "<sst xmlns=\"\(Self.main)\" count=\"\(sharedStrings.count)\">\(items)</sst>")
        zip.add("xl/styles.xml", styles)
        for (index, sheet) in sheets.enumerated() { zip.add("xl/worksheets/part\(index + 1).xml", sheet.xml) }
        for part in extra { zip.add(part.name, part.text) }
        return zip.bytes()
    }
}
