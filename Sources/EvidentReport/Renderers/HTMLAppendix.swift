import EvidentModel

/// `appendix.html` (and `annex.html` with `--annex separate`): one self-contained page (inline
/// CSS and SVG, no JavaScript), from the Mustache templates a council can override.
struct HTMLAppendix: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        for document in content.documents {
            try folder.write(content.templates.render(document.appendix, template: "appendix.html"), to: document.name + ".html")
        }
    }
}
