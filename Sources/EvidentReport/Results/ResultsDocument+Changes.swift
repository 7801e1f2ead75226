import EvidentAnalysis
import EvidentFormats

/// `theme_changes` and `composite_changes` in results.json: a theme's share and composite
/// confidence between the waves of one population, with their tests (`ThemeChangeAnalysis`,
/// `CompositeChangeAnalysis`); `significant` and `small_base` follow `Significance`.
extension ResultsDocument {
    static func themeChanges(_ results: StudyResults) -> JSONValue {
        .array(ThemeChangeAnalysis.changes(results.themes, datasets: results.datasets).map { change in
            func side(_ side: ThemeChange.Side) -> JSONValue {
                .object([
                    ("datasets", .array(side.datasets.map { .string($0) })), ("respondents", .integer(side.respondents)),
                    ("base", .integer(side.base)), ("pct_respondents", .number(side.percent)),
                ])
            }
            return .object([
                ("population", .string(change.population)), ("code_id", .string(change.codeID)), ("label", .string(change.label)),
                ("from_wave", .string(change.fromWave)), ("to_wave", .string(change.toWave)),
                ("first_to_latest", .bool(change.isFirstToLatest)), ("from", side(change.from)), ("to", side(change.to)),
                ("change_points", .number(change.change)), ("change_ci95", interval(change.changeCI)),
                ("z", .number(change.test.z)), ("p", .number(change.test.pValue)),
                ("significant", .bool(change.isSignificant)), ("small_base", .bool(change.isSmall)),
            ])
        })
    }

    static func compositeChanges(_ results: StudyResults) -> JSONValue {
        let populations = ThemeChangeAnalysis.populations(results.datasets)
        return .array(CompositeChangeAnalysis.changes(results.composites, populations: populations).map { change in
            .object([
                ("population", .string(change.population)), ("from_dataset", .string(change.fromDataset)),
                ("to_dataset", .string(change.toDataset)), ("from_wave", .string(change.fromWave)), ("to_wave", .string(change.toWave)),
                ("first_to_latest", .bool(change.isFirstToLatest)), ("from_n", .integer(change.fromN)), ("to_n", .integer(change.toN)),
                ("from_mean", .number(change.fromMean)), ("to_mean", .number(change.toMean)), ("change", .number(change.change)),
                ("t", .number(change.test.t)), ("df", .number(change.test.degreesOfFreedom)), ("p", .number(change.test.pValue)),
                ("items_added", .array(change.itemsAdded.map { .string($0) })),
                ("items_dropped", .array(change.itemsDropped.map { .string($0) })),
                ("significant", .bool(change.isSignificant)), ("small_base", .bool(change.isSmall)),
            ])
        })
    }
}
