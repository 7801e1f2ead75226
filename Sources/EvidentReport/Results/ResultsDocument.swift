import EvidentAnalysis
import EvidentAnonymisation
import EvidentCoding
import EvidentFormats
import EvidentModel

/// `results.json` (results spec): the appendix's numbers at full precision, for other tools
/// and for checking. Percentages are 0–100 and never rounded here.
enum ResultsDocument {
    static let schema = "evident.results/1"

    static func json(
        _ results: StudyResults, quotes: [Quote] = [], redactions: RedactionSummary = RedactionSummary(), stamp: String? = nil
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [("schema", .string(schema))]
        if let stamp { members.append(("generated_at", .string(stamp))) }
        members += [
            ("study", study(results)),
            ("inputs", .array(results.datasets.map { input($0, rate: results.responseRate(of: $0)) })),
            ("items", .array(results.items.map(item))),
            ("changes", .array(results.changes.map(change))),
            ("theme_changes", themeChanges(results)),
            ("composite_changes", compositeChanges(results)),
            ("composites", .array(results.composites.map { composite in
                Self.composite(composite, ranking: results.rankings.first { $0.dataset == composite.dataset })
            })),
            ("themes", .array(results.themes.map(theme))),
            ("breakdowns", .array(results.breakdowns.map { breakdown($0, label: results.suppression.label) })),
            ("co_occurrence", results.coOccurrence.map(coOccurrence) ?? .null),
            ("quotes", .array(quotes.map(quote))),
            ("stories", .array(results.stories.flatMap { result in
                result.stories.map { story in
                    JSONValue.object([
                        ("dataset", .string(result.dataset)),
                        ("story_id", .string(story.id)),
                        ("domain", .string(story.domain)),
                        ("group", .string(story.storyteller.group)),
                        ("selected", .bool(story.isSelected)),
                        ("consent", .string(story.consent?.rawValue)),
                        ("highest_selected_level", .string(story.highestSelectedLevel)),
                        ("codes", .array((result.codes[story.id] ?? []).map { .string($0) })),
                    ])
                }
            })),
            ("redactions", .object(
                [("texts", .integer(redactions.texts)), ("texts_changed", .integer(redactions.textsChanged))]
                    + RedactionKind.allCases.map { ($0.rawValue, .integer(redactions[$0])) }
            )),
            ("coding", .array(results.coverage.map(coverage))),
            ("uncoded", .array(results.uncoded.map(uncoded))),
        ]
        members.append(("rejections", .array(results.datasets.flatMap(\.rejections).map(rejection))))
        return .object(members)
    }

    private static func study(_ results: StudyResults) -> JSONValue {
        var members: [(String, JSONValue)] = [("title", .string(results.spec.title))]
        members.append(("organisation", .string(results.spec.organisation)))
        if let codebook = results.codebook {
            members.append(("codebook", .object([
                ("name", .string(codebook.name)),
                ("version", .string(codebook.version)),
                ("codes", .integer(codebook.allCodes.count)),
                ("fingerprint", .string(codebook.fingerprint)),
            ])))
        } else {
            members.append(("codebook", .null))
        }
        members.append(("suppress_below", .integer(results.spec.suppressBelow)))
        return .object(members)
    }

    private static func input(_ dataset: Dataset, rate: ProportionEstimate?) -> JSONValue {
        .object([
            ("dataset", .string(dataset.id)),
            ("kind", .string(dataset.kind.rawValue)),
            ("file", .string(dataset.file)),
            ("format", .string(dataset.format.rawValue)),
            ("encoding", .string(dataset.encoding)),
            ("sha256", .string(dataset.sha256)),
            ("wave", .string(dataset.wave)),
            ("rows_read", .integer(dataset.accounting.rowsRead)),
            ("complete", .integer(dataset.accounting.complete)),
            ("partial", .integer(dataset.accounting.partial)),
            ("rejected", .integer(dataset.accounting.rejected)),
            ("invalid_values", .integer(dataset.rejections.filter { $0.kind == .invalidValue }.count)),
            ("invited", dataset.invited.map { .integer($0) } ?? .null),
            ("response_rate", .number(dataset.responseRate)),
            ("response_rate_ci95", interval(rate?.percentInterval)),
        ])
    }

    static func interval(_ interval: ConfidenceInterval?) -> JSONValue {
        guard let interval else { return .null }
        return .array([.number(interval.lower), .number(interval.upper)])
    }

    private static func item(_ result: ItemResult) -> JSONValue {
        let bins = result.item.scale.bins
        return .object([
            ("dataset", .string(result.dataset)),
            ("wave", .string(result.wave)),
            ("item_id", .string(result.item.id)),
            ("label", .string(result.item.label)),
            ("column", .string(result.item.column)),
            ("scale", .string(result.item.scale.id)),
            ("reverse", .bool(result.item.reverse)),
            ("n", .integer(result.n)),
            ("missing", .integer(result.missing)),
            ("invalid", .integer(result.invalid)),
            ("mean", .number(result.summary.mean)),
            ("sd", .number(result.summary.standardDeviation)),
            ("median", .number(result.summary.median)),
            ("quartiles", result.summary.lowerQuartile.map { lower in
                .array([.number(lower), .number(result.summary.upperQuartile)])
            } ?? .null),
            ("mean_ci95", interval(result.meanCI)),
            ("positive", .integer(result.positive)),
            ("pct_positive", .number(result.pctPositive)),
            ("pct_positive_ci95", interval(result.pctPositiveCI)),
            ("distribution", .object(zip(bins, result.distribution).map { ($0.label, .integer($1)) })),
        ])
    }

    private static func theme(_ result: ThemeResult) -> JSONValue {
        .object([
            ("code_id", .string(result.codeID)),
            ("label", .string(result.label)),
            ("parent_id", .string(result.parentID)),
            ("depth", .integer(result.depth)),
            ("segments", .integer(result.total.segments)),
            ("respondents", .integer(result.total.respondents)),
            ("base", .integer(result.total.base)),
            ("pct_respondents", .number(result.total.pctRespondents)),
            ("by_dataset", .object(result.byDataset.map { entry in
                (entry.dataset, .object([
                    ("segments", .integer(entry.count.segments)),
                    ("respondents", .integer(entry.count.respondents)),
                    ("base", .integer(entry.count.base)),
                    ("pct_respondents", .number(entry.count.pctRespondents)),
                ]))
            })),
        ])
    }

    private static func uncoded(_ summary: UncodedSummary) -> JSONValue {
        func terms(_ list: [UncodedTerm]) -> JSONValue {
            .array(list.map { .object([("text", .string($0.text)), ("answers", .integer($0.answers))]) })
        }
        return .object([
            ("dataset", .string(summary.dataset)),
            ("answers", .integer(summary.answers)),
            ("uncoded", .integer(summary.uncoded)),
            ("pct_uncoded", .number(summary.pctUncoded)),
            ("words", terms(summary.words)),
            ("phrases", terms(summary.phrases)),
        ])
    }

    private static func quote(_ quote: Quote) -> JSONValue {
        .object([
            ("code_id", .string(quote.codeID)),
            ("dataset", .string(quote.dataset)),
            ("respondent", .string(quote.respondent)),
            ("question", .string(quote.question)),
            ("reference", .string(quote.reference)),
            ("text", .string(quote.text)),
            ("attribution", .string(quote.attribution)),
        ])
    }

    private static func coverage(_ coverage: CodingCoverage) -> JSONValue {
        .object([
            ("dataset", .string(coverage.dataset)),
            ("answers", .integer(coverage.answers)),
            ("coded", .integer(coverage.coded)),
            ("uncoded", .integer(coverage.uncoded)),
            ("pct_uncoded", .number(coverage.pctUncoded)),
        ])
    }

    private static func rejection(_ rejection: Rejection) -> JSONValue {
        .object([
            ("dataset", .string(rejection.dataset)),
            ("kind", .string(rejection.kind.rawValue)),
            ("file", .string(rejection.location.file)),
            ("line", rejection.location.line.map { .integer($0) } ?? .null),
            ("respondent", .string(rejection.respondent)),
            ("column", .string(rejection.column)),
            ("reason", .string(rejection.reason)),
        ])
    }
}
