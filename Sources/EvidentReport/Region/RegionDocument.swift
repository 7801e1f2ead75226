package import EvidentAnalysis
package import EvidentFormats
import EvidentModel

/// `region.json`: a region's merged figures (docs/region.md). Every pooled figure with each
/// council beside it and where it falls on the funnel; what was refused and why. Counts and
/// sums only, as the councils' summaries hold: nothing row-level.
package enum RegionDocument {
    package static let schema = "evident.region/1"

    package static func json(_ results: RegionResults) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("title", .string(results.title)),
            ("councils", .array(results.councils.map { .string($0) })),
            ("items", .array(results.items.map(item))),
            ("changes", .array(results.changes.map(change))),
            ("themes", .array(results.themes.map { theme in
                .object([("code_id", .string(theme.codeID)), ("label", .string(theme.label)), ("top_level", .bool(theme.isTheme)), ("share", proportion(theme.share))])
            })),
            ("outcomes", .array(results.outcomes.map(outcome))),
            ("kpis", .array(results.kpis.map(proportion))),
            ("refusals", .array(results.refusals.map { refusal in
                .object([("council", .string(refusal.council)), ("subject", .string(refusal.subject)), ("reason", .string(refusal.reason))])
            })),
        ])
    }

    static func estimate(_ estimate: ProportionEstimate?) -> [(String, JSONValue)] {
        guard let estimate else { return [("successes", .null), ("base", .null), ("percent", .null)] }
        return [("successes", .integer(estimate.successes)), ("base", .integer(estimate.total)), ("percent", estimate.percent.map { .number($0) } ?? .null)]
    }

    static func proportion(_ proportion: RegionProportion) -> JSONValue {
        let interval = proportion.pooled.percentInterval
        return .object([
            ("id", .string(proportion.id)), ("label", .string(proportion.label)), ("wave", .string(proportion.wave)),
            ("pooled", .object(estimate(proportion.pooled) + [
                ("ci_lower", interval.map { .number($0.lower) } ?? .null), ("ci_upper", interval.map { .number($0.upper) } ?? .null),
            ])),
            ("councils", .array(proportion.councils.map { council in
                .object([("council", .string(council.council))] + estimate(council.estimate) + [("funnel", council.funnel.map { .string($0.rawValue) } ?? .null)])
            })),
        ])
    }

    static func moments(_ moments: Moments) -> JSONValue {
        .object([
            ("n", .integer(moments.n)), ("mean", moments.mean.map { .number($0) } ?? .null),
            ("sd", moments.standardDeviation.map { .number($0) } ?? .null),
        ])
    }

    static func item(_ item: RegionItem) -> JSONValue {
        let interval = item.meanCI
        return .object([
            ("item_id", .string(item.itemID)), ("label", .string(item.label)), ("wave", .string(item.wave)), ("scale", .string(item.scale.id)),
            ("pooled", moments(item.moments)),
            ("mean_ci_lower", interval.map { .number($0.lower) } ?? .null), ("mean_ci_upper", interval.map { .number($0.upper) } ?? .null),
            ("councils", .object(item.councilMoments.keys.sorted().compactMap { name in item.councilMoments[name].map { (name, moments($0)) } })),
            ("positive", proportion(item.positive)),
        ])
    }

    static func change(_ change: RegionChange) -> JSONValue {
        .object([
            ("item_id", .string(change.itemID)), ("council", .string(change.council)),
            ("from_wave", .string(change.fromWave)), ("to_wave", .string(change.toWave)),
            ("from", .object(estimate(change.from))), ("to", .object(estimate(change.to))),
            ("change_points", change.change.map { .number($0) } ?? .null),
            ("ci_lower", change.interval.map { .number($0.lower) } ?? .null), ("ci_upper", change.interval.map { .number($0.upper) } ?? .null),
        ])
    }

    static func outcome(_ outcome: RegionOutcome) -> JSONValue {
        .object([
            ("tool", .string(outcome.tool.id)), ("wave", .string(outcome.wave)), ("bands", .string(outcome.bands.rule)),
            ("change", moments(outcome.change)),
            ("councils", .object(outcome.councilChange.keys.sorted().compactMap { name in outcome.councilChange[name].map { (name, moments($0)) } })),
            ("progressed_any", proportion(outcome.progressedAny)),
            ("above", proportion(outcome.above)), ("below", proportion(outcome.below)),
            ("matrix", outcome.matrix.map { rows in .array(rows.map { .array($0.map { .integer($0) }) }) } ?? .null),
            ("domains", .array(outcome.domains.map { domain in
                .object([
                    ("domain_id", .string(domain.domain.id)), ("label", .string(domain.domain.label)),
                    ("first", moments(domain.first)), ("latest", moments(domain.latest)), ("change", moments(domain.change)),
                    ("progressed", proportion(domain.progressed)),
                ])
            })),
        ])
    }
}
