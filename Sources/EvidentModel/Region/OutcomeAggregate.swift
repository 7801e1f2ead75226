/// Distance travelled on one tool in one wave, as sums that pool.
public struct OutcomeAggregate: Sendable, Hashable {
    /// One domain's paired readings.
    public struct Domain: Sendable, Hashable {
        public var domainID: String
        public var first: Moments
        public var latest: Moments
        public var change: Moments
        /// Cases that could move up a stage, and how many did; each `nil` when withheld.
        public var couldProgress: Int?
        public var progressed: Int?

        public init(domainID: String, first: Moments, latest: Moments, change: Moments, couldProgress: Int?, progressed: Int?) {
            self.domainID = domainID
            self.first = first
            self.latest = latest
            self.change = change
            self.couldProgress = couldProgress
            self.progressed = progressed
        }
    }

    public var tool: OutcomeTool
    /// The bands the matrix and positions were counted in.
    public var bands: ProgressBands
    public var wave: String?
    public var domains: [Domain]
    /// Each case's change of average reading.
    public var change: Moments
    public var couldProgressAny: Int?
    public var progressedAny: Int?
    /// Cases above, on and below the progress matrix's diagonal; `nil` entries withheld.
    public var positions: [CaseProgressCount]
    /// The matrix itself, `counts[start][latest]`, when every non-zero cell may be published.
    public var matrix: [[Int]]?

    public init(
        tool: OutcomeTool, bands: ProgressBands, wave: String?, domains: [Domain], change: Moments, couldProgressAny: Int?, progressedAny: Int?,
        positions: [CaseProgressCount], matrix: [[Int]]?
    ) {
        self.tool = tool
        self.bands = bands
        self.wave = wave
        self.domains = domains
        self.change = change
        self.couldProgressAny = couldProgressAny
        self.progressedAny = progressedAny
        self.positions = positions
        self.matrix = matrix
    }
}

/// How many cases sit above, on or below the progress matrix's diagonal.
public struct CaseProgressCount: Sendable, Hashable {
    /// `above`, `on` or `below`.
    public var position: String
    /// `nil` when withheld.
    public var cases: Int?

    public init(position: String, cases: Int?) {
        self.position = position
        self.cases = cases
    }
}
