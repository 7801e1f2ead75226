import EvidentFormats
import EvidentModel
import Foundation

/// The workbook embedded in a native Word chart (`word/embeddings/*.xlsx`): the chart's data as
/// one sheet — categories down column A, one column per series, the series' names in row 1 — so
/// "Edit Data" in Word opens the very numbers the chart draws. A minimal SpreadsheetML package
/// (workbook, one worksheet, styles), with text as inline strings and no shared-strings part.
enum ChartWorkbook {
    /// `A`, `B`, … `Z`, `AA`: a column's letters.
    static func column(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    static func xlsx(_ chart: ChartData) throws -> Data {
        var rows = ["<row r=\"1\">" + cell("A1", text: "") + chart.series.enumerated().map { index, series in
            cell(column(index + 1) + "1", text: series.name)
        }.joined() + "</row>"]
        for (row, category) in chart.categories.enumerated() {
            let number = row + 2
            var cells = cell("A\(number)", text: category)
            for (index, series) in chart.series.enumerated() {
                if row < series.values.count, let value = series.values[row] {
                    cells += "<c r=\"\(column(index + 1))\(number)\"><v>\(JSONValue.format(value))</v></c>"
                }
            }
            rows.append("<row r=\"\(number)\">\(cells)</row>")
        }
        let sheet = WordXML.declaration
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + rows.joined() + "</sheetData></worksheet>"
        let workbook = WordXML.declaration
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        let styles = WordXML.declaration
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Arial\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
            + "</styleSheet>"
        let spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var zip = ZipWriter()
        zip.add(
            WordXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(spreadsheet).sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"\(spreadsheet).worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(spreadsheet).styles+xml\"/></Types>",
            as: "[Content_Types].xml")
        let relationships = WordPackage.relationshipNamespace
        zip.add(WordPackage.relationshipsXML([
            .init(id: "rId1", type: relationships + "/officeDocument", target: "xl/workbook.xml"),
        ]), as: "_rels/.rels")
        zip.add(workbook, as: "xl/workbook.xml")
        zip.add(WordPackage.relationshipsXML([
            .init(id: "rId1", type: relationships + "/worksheet", target: "worksheets/sheet1.xml"),
            .init(id: "rId2", type: relationships + "/styles", target: "styles.xml"),
        ]), as: "xl/_rels/workbook.xml.rels")
        zip.add(sheet, as: "xl/worksheets/sheet1.xml")
        zip.add(styles, as: "xl/styles.xml")
        return try zip.archive()
    }

    /// A text cell; the label goes through `ControlCharacters.published` like the document's text
    /// (the workbook is zipped into bytes before the Word package sees it).
    static func cell(_ reference: String, text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLEscape.text(ControlCharacters.published(text)))</t></is></c>"
    }
}
