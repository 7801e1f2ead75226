package import EvidentFormats
package import EvidentModel

/// `summary.json` (docs/summary-json.md): a council's mergeable aggregates for its region, with
/// disclosure control already applied by `SummaryBuilder`. Withheld counts are `null`; a figure
/// whose base is under the threshold is absent. Arrays keep the study's order, so the same
/// inputs give the same bytes.
package enum SummaryDocument {
    package static let schema = "evident.summary/1"

    package static func json(_ summary: CouncilSummary) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("council", .string(summary.council)),
            ("study", .string(summary.study)),
            ("suppress_below", .integer(summary.suppressBelow)),
            ("scales", .object(summary.scales.keys.sorted().compactMap { id in summary.scales[id].map { (id, scale($0)) } })),
            ("items", .array(summary.items.map(item))),
            ("codebook", summary.codebook.map(codebook) ?? .null),
            ("themes", .array(summary.themes.map { theme in
                .object([
                    ("code_id", .string(theme.codeID)), ("wave", .string(theme.wave)),
                    ("respondents", count(theme.respondents)), ("base", .integer(theme.base)),
                ])
            })),
            ("outcomes", .array(summary.outcomes.map(SummaryDocument.outcome))),
            ("kpis", .array(summary.kpis.map { kpi in
                .object([
                    ("kpi_id", .string(kpi.kpiID)), ("label", .string(kpi.label)), ("wave", .string(kpi.wave)),
                    ("successes", count(kpi.successes)), ("base", .integer(kpi.base)),
                ])
            })),
        ])
    }

    static func count(_ value: Int?) -> JSONValue {
        value.map { .integer($0) } ?? .null
    }

    static func moments(_ prefix: String, _ moments: Moments) -> [(String, JSONValue)] {
        [(prefix + "sum", .number(moments.sum)), (prefix + "sum_squares", .number(moments.sumOfSquares))]
    }

    static func scale(_ scale: Scale) -> JSONValue {
        switch scale.kind {
        case .numeric(let min, let max, let positiveFrom):
            return .object([("type", .string("numeric")), ("min", .number(min)), ("max", .number(max)), ("positive_from", .number(positiveFrom))])
        case .ordinal(let levels, let positive):
            return .object([
                ("type", .string("ordinal")), ("levels", .array(levels.map { .string($0) })),
                ("positive", .array(positive.sorted().map { .string(levels[$0]) })),
            ])
        }
    }

    static func item(_ item: ItemAggregate) -> JSONValue {
        .object([
            ("item_id", .string(item.itemID)), ("label", .string(item.label)), ("wave", .string(item.wave)), ("scale", .string(item.scale)),
            ("n", .integer(item.moments.n)),
        ] + moments("", item.moments) + [
            ("positive", count(item.positive)),
            ("distribution", item.distribution.map { cells in .object(cells.map { ($0.bin, .integer($0.count)) }) } ?? .null),
        ])
    }

    static func codebook(_ codebook: SummaryCodebook) -> JSONValue {
        .object([
            ("name", .string(codebook.name)), ("version", .string(codebook.version)),
            ("codes", .object(codebook.codes.keys.sorted().map { ($0, .string(codebook.codes[$0])) })),
            ("themes", .array(codebook.themes.map { .string($0) })),
        ])
    }
}
