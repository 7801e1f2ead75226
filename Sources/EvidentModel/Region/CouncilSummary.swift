/// What one council shares with its region: mergeable aggregates of its report, with disclosure
/// control already applied (`summary.json`, docs/summary-json.md).
///
/// Every figure is a count, or a sum over at least `suppressBelow` people: pooling councils is
/// adding their counts and sums, so a pooled figure equals what one run over every council's
/// rows would give. Nothing row-level travels: no ids, no free text, no attribute values. A
/// count of 1 to `suppressBelow − 1` — or one whose complement within its published base is —
/// is withheld (`nil`), and so is everything that would let it be worked out.
public struct CouncilSummary: Sendable, Hashable {
    /// The council as it names itself (the manifest's `organisation`, else the study's title).
    public var council: String
    public var study: String
    public var suppressBelow: Int
    /// Scales of the items below, by id.
    public var scales: [String: Scale]
    public var items: [ItemAggregate]
    public var codebook: SummaryCodebook?
    public var themes: [ThemeAggregate]
    public var outcomes: [OutcomeAggregate]
    public var kpis: [KPIAggregate]
    /// Where the summary was read from, for messages (empty for one built in memory).
    public var file: String

    public init(
        council: String, study: String, suppressBelow: Int, scales: [String: Scale] = [:], items: [ItemAggregate] = [],
        codebook: SummaryCodebook? = nil, themes: [ThemeAggregate] = [], outcomes: [OutcomeAggregate] = [],
        kpis: [KPIAggregate] = [], file: String = ""
    ) {
        self.council = council
        self.study = study
        self.suppressBelow = suppressBelow
        self.scales = scales
        self.items = items
        self.codebook = codebook
        self.themes = themes
        self.outcomes = outcomes
        self.kpis = kpis
        self.file = file
    }
}

/// Sums that pool exactly: n values, their sum and their sum of squares give the pooled mean
/// and standard deviation.
public struct Moments: Sendable, Hashable {
    public var n: Int
    public var sum: Double
    public var sumOfSquares: Double

    public init(n: Int = 0, sum: Double = 0, sumOfSquares: Double = 0) {
        self.n = n
        self.sum = sum
        self.sumOfSquares = sumOfSquares
    }

    public init(_ values: [Double]) {
        self.init(n: values.count, sum: values.reduce(0, +), sumOfSquares: values.reduce(0) { $0 + $1 * $1 })
    }

    public static func + (lhs: Moments, rhs: Moments) -> Moments {
        Moments(n: lhs.n + rhs.n, sum: lhs.sum + rhs.sum, sumOfSquares: lhs.sumOfSquares + rhs.sumOfSquares)
    }

    public var mean: Double? { n > 0 ? sum / Double(n) : nil }

    /// The sample standard deviation (n − 1); `nil` when n < 2.
    public var standardDeviation: Double? {
        guard n > 1 else { return nil }
        let count = Double(n)
        return max(0, (sumOfSquares - sum * sum / count) / (count - 1)).squareRoot()
    }
}

/// A scale item in one wave: the answers' moments, how many were positive, and the count of
/// each scale value (its bins) when every non-zero count may be published.
public struct ItemAggregate: Sendable, Hashable {
    public var itemID: String
    public var label: String
    public var wave: String?
    public var scale: String
    public var moments: Moments
    /// `nil` when withheld.
    public var positive: Int?
    /// Bin label → count, in the scale's bin order; `nil` when a cell would be under the threshold.
    public var distribution: [(bin: String, count: Int)]?

    public init(itemID: String, label: String, wave: String?, scale: String, moments: Moments, positive: Int?, distribution: [(bin: String, count: Int)]?) {
        self.itemID = itemID
        self.label = label
        self.wave = wave
        self.scale = scale
        self.moments = moments
        self.positive = positive
        self.distribution = distribution
    }

    public static func == (lhs: ItemAggregate, rhs: ItemAggregate) -> Bool {
        lhs.itemID == rhs.itemID && lhs.label == rhs.label && lhs.wave == rhs.wave && lhs.scale == rhs.scale && lhs.moments == rhs.moments
            && lhs.positive == rhs.positive && lhs.distribution?.map(\.bin) == rhs.distribution?.map(\.bin)
            && lhs.distribution?.map(\.count) == rhs.distribution?.map(\.count)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(itemID)
        hasher.combine(wave)
        hasher.combine(moments)
    }
}

/// The codebook a council's themes were coded with: enough to tell whether two councils share it.
public struct SummaryCodebook: Sendable, Hashable {
    public var name: String
    public var version: String?
    /// Code id → label, every code.
    public var codes: [String: String]
    /// The top-level themes' ids in the codebook's order (codes under them are the rest of
    /// `codes`); empty in a summary written before it was kept, when every code counts as a theme.
    public var themes: [String]

    public init(name: String, version: String?, codes: [String: String], themes: [String] = []) {
        self.name = name
        self.version = version
        self.codes = codes
        self.themes = themes
    }

    /// Whether `code` is a top-level theme (every code is, when the summary does not say).
    public func isTheme(_ code: String) -> Bool {
        themes.isEmpty || themes.contains(code)
    }
}

/// A theme or code in one wave: respondents whose free text it touched, of those who wrote any.
public struct ThemeAggregate: Sendable, Hashable {
    public var codeID: String
    public var wave: String?
    /// `nil` when withheld.
    public var respondents: Int?
    public var base: Int

    public init(codeID: String, wave: String?, respondents: Int?, base: Int) {
        self.codeID = codeID
        self.wave = wave
        self.respondents = respondents
        self.base = base
    }
}

/// A KPI of closed cases in one wave.
public struct KPIAggregate: Sendable, Hashable {
    public var kpiID: String
    public var label: String
    public var wave: String?
    /// `nil` when withheld.
    public var successes: Int?
    public var base: Int

    public init(kpiID: String, label: String, wave: String?, successes: Int?, base: Int) {
        self.kpiID = kpiID
        self.label = label
        self.wave = wave
        self.successes = successes
        self.base = base
    }
}
