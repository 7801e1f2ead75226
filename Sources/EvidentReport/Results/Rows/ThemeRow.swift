package import EvidentAnalysis
package import EvidentFormats

/// A theme or code with every code beneath it: `themes` in `results.json`, `tables/themes.csv`,
/// a row of the appendix's themes table (results spec: `segments` distinct coded segments,
/// `respondents` distinct respondents with one, `base` respondents with non-empty free text in
/// the data sets the code applies to, `pct_respondents` = respondents / base × 100).
package struct ThemeRow: Sendable, Encodable {
    package var codeID = ""
    package var label = ""
    package var parentID: String?
    package var depth = 0
    package var segments = 0
    package var respondents = 0
    package var base = 0
    package var pctRespondents: Double?
    /// The same counts in each data set; its own table, `tables/themes-by-dataset.csv`.
    package var byDataset = ByDataset()

    package init() {}

    package init(_ result: ThemeResult) {
        codeID = result.codeID
        label = result.label
        parentID = result.parentID
        depth = result.depth
        segments = result.total.segments
        respondents = result.total.respondents
        base = result.total.base
        pctRespondents = result.total.pctRespondents
        byDataset = ByDataset(entries: result.byDataset.map { ($0.dataset, ThemeCount($0.count)) })
    }

    /// Counts keyed by data set id, in study order.
    package struct ByDataset: Sendable, Encodable {
        package var entries: [(dataset: String, count: ThemeCount)] = []

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicKey.self)
            for entry in entries { try container.encode(entry.count, forKey: DynamicKey(entry.dataset)) }
        }
    }
}

/// A theme's counts in one data set (the fields of `by_dataset` in `results.json`).
package struct ThemeCount: Sendable, Encodable, CSVInline {
    package var segments = 0
    package var respondents = 0
    package var base = 0
    package var pctRespondents: Double?

    package init() {}

    package init(_ count: ThemeResult.Count) {
        segments = count.segments
        respondents = count.respondents
        base = count.base
        pctRespondents = count.pctRespondents
    }
}

/// A theme's counts in one data set, as a row: `tables/themes-by-dataset.csv`.
package struct ThemeDatasetRow: Sendable, Encodable {
    package var codeID = ""
    package var dataset = ""
    package var count = ThemeCount()

    package init() {}

    package static func rows(of theme: ThemeRow) -> [ThemeDatasetRow] {
        theme.byDataset.entries.map { ThemeDatasetRow(codeID: theme.codeID, dataset: $0.dataset, count: $0.count) }
    }

    init(codeID: String, dataset: String, count: ThemeCount) {
        self.codeID = codeID
        self.dataset = dataset
        self.count = count
    }
}
