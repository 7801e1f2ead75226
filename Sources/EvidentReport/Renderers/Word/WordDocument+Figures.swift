import EvidentFormats
import Foundation

/// Figures: a native Word chart where the chart type exists in Word (its data in an embedded
/// workbook), otherwise the SVG with its PNG as the fallback picture (Word 2016 and later show
/// the SVG, older Word and LibreOffice the PNG); a numbered caption below; the chart's
/// description as its alt text.
extension WordDocument {
    mutating func figure(_ figure: Figure) throws {
        let drawing: String
        if !figure.chart.isNative, let png = pngs[figure.name] {
            drawing = picture(figure, png: png)
        } else {
            drawing = try chart(figure)
        }
        body.append(WordXML.paragraph("<w:r>\(drawing)</w:r>", properties: "<w:keepNext/><w:jc w:val=\"center\"/>"))
        body.append(caption(kind: "Figure", number: figure.number, anchor: figure.anchor, text: figure.caption, keepNext: false))
    }

    /// A native chart part, its embedded workbook, and the inline drawing that shows it.
    mutating func chart(_ figure: Figure) throws -> String {
        let number = nextChart()
        var chart = figure.chart
        // A chart drawn natively only because its picture could not be made: plain bars.
        if !chart.isNative { chart.kind = .pairedValues }
        let workbook = "embeddings/Microsoft_Excel_Worksheet\(number).xlsx"
        package.add(try ChartWorkbook.xlsx(chart), at: "word/" + workbook)
        package.add(WordChart.xml(chart), at: "word/charts/chart\(number).xml", contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
        package.add(
            WordPackage.relationshipsXML([.init(id: "rId1", type: WordPackage.relationshipNamespace + "/package", target: "../" + workbook)]),
            at: "word/charts/_rels/chart\(number).xml.rels")
        let relationship = package.relate("chart", target: "charts/chart\(number).xml")
        // Tall enough for every category, at most a page: about a fifth of an inch a bar, or
        // for grouped bars a seventh of an inch for each series' bar.
        let perCategory = chart.kind == .groupedBars ? 0.08 + 0.14 * Double(chart.series.count) : 0.22
        let inches = min(0.9 + perCategory * Double(chart.categories.count) + (chart.series.count > 1 ? 0.4 : 0), 8.8)
        let height = Int(inches * 914_400)
        return inline(width: Self.textWidthEMU, height: height, name: "Chart \(number)", figure: figure,
                      graphic: "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"\(relationship)\"/></a:graphicData>")
    }

    /// A picture: the PNG, with the SVG beside it in Word's SVG extension.
    mutating func picture(_ figure: Figure, png: Data) -> String {
        let number = nextImage()
        package.add(png, at: "word/media/image\(number).png")
        package.add(figure.standaloneSVG, at: "word/media/image\(number).svg")
        let pngID = package.relate("image", target: "media/image\(number).png")
        let svgID = package.relate("image", target: "media/image\(number).svg")
        // The SVG's CSS pixels at 96 to the inch (9,525 EMU each), no wider than the text.
        let width = min(Int(figure.pixelWidth * 9525), Self.textWidthEMU)
        let height = Int(Double(width) * figure.pixelHeight / max(figure.pixelWidth, 1))
        let id = drawings + 1
        let picture = "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"\(XMLEscape.attribute(figure.name)).png\" descr=\"\(XMLEscape.attribute(figure.altText))\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(pngID)\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
            + "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"\(svgID)\"/>"
            + "</a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData>"
        return inline(width: width, height: height, name: "Picture \(number)", figure: figure, graphic: picture)
    }

    /// An inline drawing with its alt text (`descr`) and title.
    mutating func inline(width: Int, height: Int, name: String, figure: Figure, graphic: String) -> String {
        let id = nextDrawing()
        return "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
            + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"\(name)\" descr=\"\(XMLEscape.attribute(figure.altText))\" title=\"\(XMLEscape.attribute(figure.label + ". " + figure.caption))\"/>"
            + "<wp:cNvGraphicFramePr/><a:graphic>\(graphic)</a:graphic></wp:inline></w:drawing>"
    }
}
