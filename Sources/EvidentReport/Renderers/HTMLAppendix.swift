import EvidentModel

/// `appendix.html`: one self-contained page (inline CSS and SVG, no JavaScript), from the
/// Mustache templates a council can override.
struct HTMLAppendix: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        try folder.write(content.templates.render(content.appendix, template: "appendix.html"), to: "appendix.html")
    }
}
