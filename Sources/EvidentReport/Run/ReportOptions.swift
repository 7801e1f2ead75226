/// What `evident report` was asked to do.
public struct ReportOptions: Sendable {
    /// The study manifest.
    public var studyPath: String
    /// The report folder; the manifest's `output`, else `Output/<study>` beside the working
    /// directory, when `nil`.
    public var outputPath: String?
    /// A folder of Mustache templates replacing the shipped ones by name.
    public var templateDirectory: String?
    /// The program version written into the appendix.
    public var version: String
    /// When set, the time written into the appendix and `results.json` ("generated at"). Off
    /// by default so the same inputs give byte-identical outputs.
    public var stamp: String?

    public init(
        studyPath: String, outputPath: String? = nil, templateDirectory: String? = nil, version: String, stamp: String? = nil
    ) {
        self.studyPath = studyPath
        self.outputPath = outputPath
        self.templateDirectory = templateDirectory
        self.version = version
        self.stamp = stamp
    }
}
