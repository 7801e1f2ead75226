import EvidentModel

/// `charts/*.svg` and `charts/*.png`: every figure standalone, with its title and description,
/// for another document, and as a picture beside it.
struct ChartFiles: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        for figure in content.appendix.figures {
            try folder.write(figure.standaloneSVG, to: figure.svgFile)
            if let png = content.pngs[figure.name] { try folder.write(png, to: figure.pngFile) }
        }
    }
}
