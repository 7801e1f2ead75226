/// A region's benchmarking run: the councils' summaries to merge and how each council's ids map
/// onto the region's shared ones (`evident region`, the region manifest in docs/region.md).
public struct RegionSpec: Sendable, Hashable {
    public var title: String
    /// The output folder, resolved against the manifest's folder.
    public var outputPath: String?
    public var councils: [CouncilEntry]
    /// Where the spec came from, for messages (empty when built from summaries alone).
    public var manifestPath: String

    public init(title: String, outputPath: String? = nil, councils: [CouncilEntry], manifestPath: String = "") {
        self.title = title
        self.outputPath = outputPath
        self.councils = councils
        self.manifestPath = manifestPath
    }
}

/// One council of a region: its summary, an optional display name, and maps from its own ids
/// to the region's (the first council's, unless mapped).
public struct CouncilEntry: Sendable, Hashable {
    public var summaryPath: String
    public var name: String?
    /// The council's item id → the region's item id.
    public var items: [String: String]
    /// The council's code id → the region's code id; with any code mapped, the council's themes
    /// are matched through the map even when its codebook differs.
    public var codes: [String: String]
    /// The council's outcome domain id → the region's domain id.
    public var domains: [String: String]

    public init(summaryPath: String, name: String? = nil, items: [String: String] = [:], codes: [String: String] = [:], domains: [String: String] = [:]) {
        self.summaryPath = summaryPath
        self.name = name
        self.items = items
        self.codes = codes
        self.domains = domains
    }
}
