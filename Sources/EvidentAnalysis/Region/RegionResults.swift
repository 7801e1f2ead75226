public import EvidentModel

/// A region's merged figures: each pooled over the councils that published it, with every
/// council beside it and what was refused and why.
public struct RegionResults: Sendable {
    public var title: String
    public var councils: [String]
    /// Per shared item and wave.
    public var items: [RegionItem]
    /// Per shared item and council: the latest round against the one before.
    public var changes: [RegionChange]
    public var themes: [RegionTheme]
    public var outcomes: [RegionOutcome]
    public var kpis: [RegionProportion]
    public var refusals: [RegionRefusal]

    public init(
        title: String, councils: [String], items: [RegionItem] = [], changes: [RegionChange] = [], themes: [RegionTheme] = [],
        outcomes: [RegionOutcome] = [], kpis: [RegionProportion] = [], refusals: [RegionRefusal] = []
    ) {
        self.title = title
        self.councils = councils
        self.items = items
        self.changes = changes
        self.themes = themes
        self.outcomes = outcomes
        self.kpis = kpis
        self.refusals = refusals
    }
}

/// Something of one council left out of the region, and why.
public struct RegionRefusal: Sendable, Hashable {
    public var council: String
    /// What was left out: "item 'trust'", "themes", "outcomes on Family Star Plus".
    public var subject: String
    public var reason: String

    public init(council: String, subject: String, reason: String) {
        self.council = council
        self.subject = subject
        self.reason = reason
    }
}

/// Where a council's proportion falls against the funnel's control limits around the pooled one.
public enum FunnelPosition: String, Sendable, Hashable {
    case within
    /// Outside the 95% limits, inside the 99.8%.
    case beyond95 = "beyond-95"
    /// Outside the 99.8% limits.
    case beyond998 = "beyond-99.8"

    /// The position of `estimate` against the limits around `target` (0–1).
    public static func of(_ estimate: ProportionEstimate, target: Double) -> FunnelPosition? {
        guard estimate.total > 0, let wide = FunnelLimits.limits(n: estimate.total, target: target, confidence: 0.998),
              let narrow = FunnelLimits.limits(n: estimate.total, target: target, confidence: 0.95) else { return nil }
        let p = Double(estimate.successes) / Double(estimate.total)
        if p < wide.lower || p > wide.upper { return .beyond998 }
        if p < narrow.lower || p > narrow.upper { return .beyond95 }
        return .within
    }
}

/// One council's share on a figure: `nil` estimate when it withheld the figure.
public struct CouncilProportion: Sendable, Hashable {
    public var council: String
    public var estimate: ProportionEstimate?
    /// Against the funnel around the pooled share.
    public var funnel: FunnelPosition?
}

/// A proportion pooled over councils (a KPI, a theme's share, % positive): the pooled figure,
/// each council beside it.
public struct RegionProportion: Sendable, Hashable {
    public var id: String
    public var label: String
    public var wave: String?
    /// Over the councils that published the figure.
    public var pooled: ProportionEstimate
    public var councils: [CouncilProportion]

    /// Pools `figures` (council, estimate or `nil` when withheld) and places each council on the funnel.
    public init(id: String, label: String, wave: String?, figures: [(String, ProportionEstimate?)]) {
        self.id = id
        self.label = label
        self.wave = wave
        let published = figures.compactMap(\.1)
        pooled = ProportionEstimate(successes: published.reduce(0) { $0 + $1.successes }, total: published.reduce(0) { $0 + $1.total })
        let target = pooled.percent.map { $0 / 100 }
        councils = figures.map { council, estimate in
            CouncilProportion(council: council, estimate: estimate, funnel: estimate.flatMap { value in target.flatMap { FunnelPosition.of(value, target: $0) } })
        }
    }
}

/// A scale item across the region in one wave: the pooled mean and % positive.
public struct RegionItem: Sendable, Hashable {
    public var itemID: String
    public var label: String
    public var wave: String?
    public var scale: Scale
    /// Every council's answers, pooled.
    public var moments: Moments
    /// Per council, in region order: its moments (`nil` when it has not the item in this wave).
    public var councilMoments: [String: Moments]
    public var positive: RegionProportion

    /// The pooled mean's t interval (95%).
    public var meanCI: ConfidenceInterval? {
        guard let mean = moments.mean, let sd = moments.standardDeviation,
              let t = StudentT.criticalValue(confidence: 0.95, degreesOfFreedom: Double(moments.n - 1)) else { return nil }
        let half = t * sd / Double(moments.n).squareRoot()
        return ConfidenceInterval(lower: mean - half, upper: mean + half, confidence: 0.95)
    }
}

/// One council's change on an item between its two latest rounds, in percentage points of
/// % positive, with Newcombe's interval.
public struct RegionChange: Sendable, Hashable {
    public var itemID: String
    public var council: String
    public var fromWave: String?
    public var toWave: String?
    public var from: ProportionEstimate
    public var to: ProportionEstimate
    public var interval: ConfidenceInterval?

    public var change: Double? {
        guard let before = from.percent, let after = to.percent else { return nil }
        return after - before
    }
}

/// A theme's share of respondents who wrote free text, by council and pooled.
public struct RegionTheme: Sendable, Hashable {
    public var codeID: String
    public var label: String
    public var share: RegionProportion
    /// A top-level theme of the region's codebook, not a code under one.
    public var isTheme: Bool = true
}
