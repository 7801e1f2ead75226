package import EvidentAnalysis

/// A funnel plot of one proportion across councils: each council's share (y, %) against its
/// base (x, people), the pooled share as a line, and the 95% and 99.8% control limits around it
/// (`FunnelLimits`, Spiegelhalter 2005) drawn as curves from a base of 1 to a little past the
/// largest council. A council outside the 99.8% limits differs from the pool by more than chance
/// would give about once in 500; every council is labelled, and its value printed, so colour and
/// position are never the only carriers.
package struct FunnelPlot: Sendable {
    package struct Point: Sendable {
        package var council: String
        package var base: Int
        /// Percent.
        package var share: Double
        package var position: FunnelPosition?
    }

    package var id: String
    package var title: String
    /// Percent.
    package var pooled: Double
    package var points: [Point]
    /// The x axis runs from 0 to this base.
    package var maxBase: Int
    /// Limit curves sampled along x: base, then lower/upper 95% and 99.8%, in percent.
    package var curves: [(base: Int, lower95: Double, upper95: Double, lower998: Double, upper998: Double)]

    /// `nil` when fewer than two councils published the figure or the pooled share is 0 or 100%.
    package init?(id: String, title: String, proportion: RegionProportion) {
        let published = proportion.councils.compactMap { council in
            council.estimate.flatMap { estimate in
                estimate.percent.map { Point(council: council.council, base: estimate.total, share: $0, position: council.funnel) }
            }
        }
        guard published.count >= 2, let pooled = proportion.pooled.percent, pooled > 0, pooled < 100 else { return nil }
        self.id = id
        self.title = title
        self.pooled = pooled
        points = published
        let largest = published.map(\.base).max() ?? 1
        maxBase = Self.niceCeiling(Double(largest) * 1.15)
        let target = pooled / 100
        var curves: [(Int, Double, Double, Double, Double)] = []
        let steps = 80
        for step in 0...steps {
            // Denser where the funnel is narrow: bases spread on a square-root scale.
            let fraction = Double(step) / Double(steps)
            let base = max(1, Int((fraction * fraction * Double(maxBase)).rounded()))
            if let last = curves.last, last.0 == base { continue }
            guard let narrow = FunnelLimits.limits(n: base, target: target, confidence: 0.95),
                  let wide = FunnelLimits.limits(n: base, target: target, confidence: 0.998) else { continue }
            curves.append((base, narrow.lower * 100, narrow.upper * 100, wide.lower * 100, wide.upper * 100))
        }
        self.curves = curves.map { (base: $0.0, lower95: $0.1, upper95: $0.2, lower998: $0.3, upper998: $0.4) }
    }

    /// The next round number at or above `value`: 1, 2 or 5 times a power of ten.
    static func niceCeiling(_ value: Double) -> Int {
        guard value > 1 else { return 1 }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where factor * power >= value { return Int(factor * power) }
        return Int(10 * power)
    }

    /// What the chart shows, in words.
    package var altText: String {
        let councils = points.map { point in
            let where_ = switch point.position {
            case .beyond998: "outside the 99.8% limits"
            case .beyond95: "outside the 95% limits"
            default: "within the limits"
            }
            return "\(point.council) \(ChartNumber.fixed(point.share, places: 1))% of \(point.base), \(where_)"
        }
        return "Funnel plot of \(title): pooled \(ChartNumber.fixed(pooled, places: 1))%. " + councils.joined(separator: "; ") + "."
    }
}
