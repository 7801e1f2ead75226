import EvidentFormats

/// A native Word chart (`word/charts/chartN.xml`, DrawingML charts, ECMA-376 Part 1 §21.2) drawn
/// from a figure's `ChartData`: horizontal bars, categories top to bottom in the appendix's
/// order, the data cached in the part and kept in the embedded workbook (`ChartWorkbook`) that
/// the formulas point to, so the analyst can restyle the chart, recolour it in the council's
/// palette, or edit its data in Word.
///
/// - `stackedPercent`: each band's share stacked to 100, bands in scale order, the appendix's
///   colours; labels inside the bars, zeros hidden.
/// - `barsWithIntervals`: one bar per theme or code (codes lighter), with the 95% interval as
///   custom error bars; no value labels (they collided with the whiskers).
/// - `groupedBars`: one bar per wave for each item, earliest wave at the top, values at the
///   bars' ends (the trend chart for three waves or more).
/// - `pairedValues`: the earlier and later wave side by side (used only when the dot-and-arrow
///   picture cannot be drawn).
enum WordChart {
    static func xml(_ chart: ChartData) -> String {
        let last = chart.categories.count + 1
        let categories = stringReference("Sheet1!$A$2:$A$\(last)", chart.categories)
        let series = chart.series.enumerated().map { index, series in
            let column = ChartWorkbook.column(index + 1)
            var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            xml += "<c:tx>" + stringReference("Sheet1!$\(column)$1", [series.name]) + "</c:tx>"
            xml += "<c:spPr><a:solidFill><a:srgbClr val=\"\(series.color)\"/></a:solidFill></c:spPr>"
            xml += "<c:invertIfNegative val=\"0\"/>"
            if chart.kind == .barsWithIntervals {
                for (point, level) in chart.levels.enumerated() where level > 0 {
                    xml += "<c:dPt><c:idx val=\"\(point)\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/>"
                        + "<c:spPr><a:solidFill><a:srgbClr val=\"56B4E9\"/></a:solidFill></c:spPr></c:dPt>"
                }
            }
            // Interval bars carry no value labels: at the bar's end a label sat on its whisker
            // (LibreOffice drew "44.4%" through the interval); the table after the chart and the
            // alt text give the values.
            if chart.kind != .barsWithIntervals { xml += labels(chart.kind, values: series.values) }
            if chart.kind == .barsWithIntervals { xml += errorBars(chart.errorBars) }
            xml += "<c:cat>\(categories)</c:cat>"
            xml += "<c:val>" + numberReference("Sheet1!$\(column)$2:$\(column)$\(last)", series.values) + "</c:val>"
            return xml + "</c:ser>"
        }.joined()
        let stacked = chart.kind == .stackedPercent
        var plot = "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"\(stacked ? "stacked" : "clustered")\"/><c:varyColors val=\"0\"/>"
        plot += series
        plot += "<c:gapWidth val=\"\(stacked ? 50 : 60)\"/>" + (stacked ? "<c:overlap val=\"100\"/>" : chart.kind == .groupedBars ? "<c:overlap val=\"-10\"/>" : "")
        plot += "<c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
        plot += "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/>"
            + "<c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>"
            + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>" + textProperties(size: 800)
            + "<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
            + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        plot += "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"100\"/><c:min val=\"0\"/></c:scaling>"
            + "<c:delete val=\"0\"/><c:axPos val=\"b\"/>"
            + "<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
            + "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"800\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"800\" b=\"0\"/><a:t>"
            + XMLEscape.text(chart.valueAxisTitle) + "</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
            + "<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
            + "<c:tickLblPos val=\"nextTo\"/>" + textProperties(size: 800)
            + "<c:crossAx val=\"1001\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"20\"/></c:valAx>"
        var xml = WordXML.declaration
        xml += "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        xml += "<c:date1904 val=\"0\"/><c:lang val=\"en-GB\"/><c:roundedCorners val=\"0\"/>"
        xml += "<c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>\(plot)</c:plotArea>"
        if chart.series.count > 1 { xml += "<c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/>" + textProperties(size: 800) + "</c:legend>" }
        xml += "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
        xml += "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"><a:latin typeface=\"Arial\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"en-GB\"/></a:p></c:txPr>"
        xml += "<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData>"
        return xml + "</c:chartSpace>"
    }

    /// The narrowest band of a stacked bar that carries its label: narrower bands' labels
    /// overlapped their neighbours ("2%5%") in Word and LibreOffice, as the SVG's would; the SVG
    /// drops a label that does not fit its band, and the chart's data keeps every value.
    static let smallestLabelledBand = 6.0

    /// Data labels: inside stacked bars (zeros and bands under `smallestLabelledBand` hidden,
    /// point by point), at the end of single bars.
    static func labels(_ kind: ChartData.Kind, values: [Double?]) -> String {
        let stacked = kind == .stackedPercent
        let (format, position) = stacked ? ("0\"%\";-0\"%\";;", "ctr") : ("0.0\"%\"", "outEnd")
        let hidden = stacked
            ? values.enumerated().compactMap { index, value in
                value.flatMap { $0 > 0 && $0 < smallestLabelledBand ? "<c:dLbl><c:idx val=\"\(index)\"/><c:delete val=\"1\"/></c:dLbl>" : nil }
            }.joined()
            : ""
        return "<c:dLbls>" + hidden + "<c:numFmt formatCode=\"\(XMLEscape.attribute(format))\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
            + textProperties(size: 700) + "<c:dLblPos val=\"\(position)\"/>"
            + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
            + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
    }

    static func errorBars(_ bars: [(minus: Double, plus: Double)?]) -> String {
        func literal(_ values: [Double?]) -> String {
            "<c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"\(values.count)\"/>"
                + values.enumerated().compactMap { index, value in
                    value.map { "<c:pt idx=\"\(index)\"><c:v>\(JSONValue.format($0))</c:v></c:pt>" }
                }.joined() + "</c:numLit>"
        }
        return "<c:errBars><c:errBarType val=\"both\"/><c:errValType val=\"cust\"/><c:noEndCap val=\"0\"/>"
            + "<c:plus>" + literal(bars.map { $0?.plus }) + "</c:plus><c:minus>" + literal(bars.map { $0?.minus }) + "</c:minus>"
            + "<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill></a:ln></c:spPr></c:errBars>"
    }

    static func textProperties(size: Int) -> String {
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\"/></a:pPr><a:endParaRPr lang=\"en-GB\"/></a:p></c:txPr>"
    }

    static func stringReference(_ formula: String, _ values: [String]) -> String {
        "<c:strRef><c:f>\(formula)</c:f><c:strCache><c:ptCount val=\"\(values.count)\"/>"
            + values.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\(XMLEscape.text($1))</c:v></c:pt>" }.joined()
            + "</c:strCache></c:strRef>"
    }

    static func numberReference(_ formula: String, _ values: [Double?]) -> String {
        "<c:numRef><c:f>\(formula)</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(values.count)\"/>"
            + values.enumerated().compactMap { index, value in
                value.map { "<c:pt idx=\"\(index)\"><c:v>\(JSONValue.format($0))</c:v></c:pt>" }
            }.joined() + "</c:numCache></c:numRef>"
    }
}
