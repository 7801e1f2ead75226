import EvidentModel

/// `results.json`: every output row at full precision (results spec).
struct ResultsJSONFile: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        let text: String
        do {
            text = try content.document.rendered()
        } catch {
            throw InputError("cannot encode results.json: \(error)", at: SourceLocation(file: folder.path))
        }
        try folder.write(text, to: "results.json")
    }
}
