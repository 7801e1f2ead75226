import EvidentFormats
import EvidentModel

extension SummaryDocument {
    static func outcome(_ outcome: OutcomeAggregate) -> JSONValue {
        .object([
            ("tool", tool(outcome.tool)),
            ("bands", bands(outcome.bands)),
            ("wave", .string(outcome.wave)),
            ("cases", .object(
                [("n", .integer(outcome.change.n))] + moments("change_", outcome.change)
                    + [("could_progress_any", count(outcome.couldProgressAny)), ("progressed_any", count(outcome.progressedAny))]
            )),
            ("positions", .object(outcome.positions.map { ($0.position, count($0.cases)) })),
            ("matrix", outcome.matrix.map { rows in .array(rows.map { .array($0.map { .integer($0) }) }) } ?? .null),
            ("domains", .array(outcome.domains.map { domain in
                .object(
                    [("domain_id", .string(domain.domainID)), ("n", .integer(domain.change.n))]
                        + moments("first_", domain.first) + moments("latest_", domain.latest) + moments("change_", domain.change)
                        + [("could_progress", count(domain.couldProgress)), ("progressed", count(domain.progressed))]
                )
            })),
        ])
    }

    static func tool(_ tool: OutcomeTool) -> JSONValue {
        .object([
            ("id", .string(tool.id)), ("name", .string(tool.name)), ("min", .number(tool.min)), ("max", .number(tool.max)),
            ("whole_numbers", .bool(tool.wholeNumbers)),
            ("domains", .array(tool.domains.map { .object([("id", .string($0.id)), ("label", .string($0.label))]) })),
            ("stages", .array(tool.stages.map { .object([("label", .string($0.label)), ("from", .number($0.from))]) })),
            ("bands", bands(tool.bands)),
        ])
    }

    static func bands(_ bands: ProgressBands) -> JSONValue {
        .array(bands.bands.map { .object([("label", .string($0.label)), ("below", .number($0.below))]) })
    }
}
