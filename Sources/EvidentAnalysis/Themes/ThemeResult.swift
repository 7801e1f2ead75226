/// How often a code (with everything under it) was found, as `results.json` defines it.
///
/// `segments` counts distinct coded segments, `respondents` distinct respondents with at least
/// one; `base` is the respondents with at least one non-empty free-text answer in the data sets
/// the code applies to; `pctRespondents` = respondents / base × 100.
public struct ThemeResult: Sendable, Hashable {
    public struct Count: Sendable, Hashable {
        public var segments: Int
        public var respondents: Int
        public var base: Int

        public init(segments: Int, respondents: Int, base: Int) {
            self.segments = segments
            self.respondents = respondents
            self.base = base
        }

        /// respondents / base × 100; `nil` when the base is 0.
        public var pctRespondents: Double? {
            base > 0 ? Double(respondents) / Double(base) * 100 : nil
        }
    }

    public var codeID: String
    public var label: String
    public var parentID: String?
    public var depth: Int
    public var total: Count
    /// Per data set the code applies to, in study order.
    public var byDataset: [(dataset: String, count: Count)]

    public init(codeID: String, label: String, parentID: String?, depth: Int, total: Count, byDataset: [(dataset: String, count: Count)]) {
        self.codeID = codeID
        self.label = label
        self.parentID = parentID
        self.depth = depth
        self.total = total
        self.byDataset = byDataset
    }

    public static func == (lhs: ThemeResult, rhs: ThemeResult) -> Bool {
        lhs.codeID == rhs.codeID && lhs.total == rhs.total && lhs.byDataset.map(\.dataset) == rhs.byDataset.map(\.dataset)
            && lhs.byDataset.map(\.count) == rhs.byDataset.map(\.count)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(codeID)
        hasher.combine(total)
    }
}
