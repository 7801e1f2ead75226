/// What `evident report` was asked to do.
public struct ReportOptions: Sendable {
    /// The study, resolved once at the entry point (`StudyLocation.resolve`).
    public var location: StudyLocation
    /// A folder of Mustache templates replacing the shipped ones by name.
    public var templateDirectory: String?
    /// A council's own `.docx` whose styles `appendix.docx` uses.
    public var wordTemplate: String?
    /// The program version written into the appendix.
    public var version: String
    /// When set, the time written into the appendix and `results.json` ("generated at"). Off
    /// by default so the same inputs give byte-identical outputs.
    public var stamp: String?
    /// `--annex separate`: the technical annex in its own files (annex.html, annex.md,
    /// annex.docx), not at the end of the appendix.
    public var separateAnnex: Bool

    public init(
        location: StudyLocation, templateDirectory: String? = nil, wordTemplate: String? = nil, version: String, stamp: String? = nil,
        separateAnnex: Bool = false
    ) {
        self.separateAnnex = separateAnnex
        self.location = location
        self.templateDirectory = templateDirectory
        self.wordTemplate = wordTemplate
        self.version = version
        self.stamp = stamp
    }
}
