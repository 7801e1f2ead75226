package import EvidentAnalysis
import EvidentFormats
import Foundation
package import EvidentModel

/// Writes a region's folder (`evident region`): the regional appendix in HTML, Markdown and
/// Word (`RegionAppendix`, through the study appendix's renderers), its funnel plots under
/// `charts/` as SVG and PNG, and `region.json` with every merged figure. Written through a
/// `ReportTransaction`, so the folder is replaced whole or not at all.
package enum RegionWriter {
    package static func write(_ results: RegionResults, to path: String, version: String) throws(InputError) -> [String] {
        let transaction = try ReportTransaction(target: path)
        var folder = try transaction.folder()
        let appendix = RegionAppendix.build(results, version: version)
        let templates = try ReportTemplates(overrides: nil)
        let rasterizer = ChartRasterizer()
        let pngs = rasterizer.pngs(appendix.figures)
        try folder.write(MarkdownAppendix.render(appendix), to: "appendix.md")
        try folder.write(templates.render(appendix, template: "appendix.html"), to: "appendix.html")
        do {
            try folder.write(try WordAppendix.package(appendix, pngs: pngs), to: "appendix.docx")
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("cannot build appendix.docx: \(error)", at: SourceLocation(file: folder.path))
        }
        for figure in appendix.figures {
            try folder.write(figure.standaloneSVG, to: figure.svgFile)
            if let png = pngs[figure.name] { try folder.write(png, to: figure.pngFile) }
        }
        try folder.write(RegionDocument.json(results).rendered(), to: "region.json")
        try transaction.commit()
        return folder.written
    }
}
