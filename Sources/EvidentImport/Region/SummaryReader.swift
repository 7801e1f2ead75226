public import EvidentModel

/// Reads a council's `summary.json` (docs/summary-json.md) back into a `CouncilSummary`,
/// refusing anything that is not one: another schema, a missing or mistyped value (named by
/// its path), or a count the council's own threshold should have withheld.
public enum SummaryReader {
    public static func read(path: String) throws(InputError) -> CouncilSummary {
        let file = FilePaths.display(path)
        let root = try SummaryJSON.parse(path, file: file)
        let schema = try root["schema"].string()
        guard schema == "evident.summary/1" else {
            throw InputError(
                "the summary's schema is '\(schema)', not evident.summary/1", at: SourceLocation(file: file),
                help: "pass a summary.json written by evident report"
            )
        }
        var summary = CouncilSummary(
            council: try root["council"].string(), study: try root["study"].string(), suppressBelow: try root["suppress_below"].count(), file: file
        )
        for (id, node) in try root["scales"].members() { summary.scales[id] = try scale(id, node) }
        for node in try root["items"].array() { summary.items.append(try item(node, scales: summary.scales)) }
        if !root["codebook"].isNull {
            let codebook = root["codebook"]
            var codes: [String: String] = [:]
            for (id, label) in try codebook["codes"].members() { codes[id] = try label.string() }
            // `themes` (top-level ids) is optional: summaries written before it was kept have none.
            let themes = codebook["themes"].isNull ? [] : try codebook["themes"].array().map { node throws(InputError) in try node.string() }
            summary.codebook = SummaryCodebook(
                name: try codebook["name"].string(), version: try codebook["version"].optionalString(), codes: codes, themes: themes)
        }
        for node in try root["themes"].array() {
            summary.themes.append(ThemeAggregate(
                codeID: try node["code_id"].string(), wave: try node["wave"].optionalString(),
                respondents: try node["respondents"].optionalCount(), base: try node["base"].count()
            ))
        }
        for node in try root["outcomes"].array() { summary.outcomes.append(try OutcomeSummaryReader.outcome(node)) }
        for node in try root["kpis"].array() {
            summary.kpis.append(KPIAggregate(
                kpiID: try node["kpi_id"].string(), label: try node["label"].string(), wave: try node["wave"].optionalString(),
                successes: try node["successes"].optionalCount(), base: try node["base"].count()
            ))
        }
        try SummaryCheck.check(summary)
        return summary
    }

    static func scale(_ id: String, _ node: SummaryJSON) throws(InputError) -> Scale {
        switch try node["type"].string() {
        case "numeric":
            return Scale(id: id, kind: .numeric(min: try node["min"].number(), max: try node["max"].number(), positiveFrom: try node["positive_from"].number()))
        default:
            var levels: [String] = []
            for level in try node["levels"].array() { levels.append(try level.string()) }
            var positive: Set<Int> = []
            for level in try node["positive"].array() {
                let text = try level.string()
                if let index = levels.firstIndex(of: text) { positive.insert(index) }
            }
            return Scale(id: id, kind: .ordinal(levels: levels, positive: positive))
        }
    }

    static func item(_ node: SummaryJSON, scales: [String: Scale]) throws(InputError) -> ItemAggregate {
        let scaleID = try node["scale"].string()
        var distribution: [(bin: String, count: Int)]?
        if !node["distribution"].isNull, let scale = scales[scaleID] {
            let keys = try node["distribution"].keys()
            var cells: [(bin: String, count: Int)] = []
            for bin in scale.bins where keys.contains(bin.label) { cells.append((bin.label, try node["distribution"][bin.label].count())) }
            distribution = cells
        }
        return ItemAggregate(
            itemID: try node["item_id"].string(), label: try node["label"].string(), wave: try node["wave"].optionalString(), scale: scaleID,
            moments: Moments(n: try node["n"].count(), sum: try node["sum"].number(), sumOfSquares: try node["sum_squares"].number()),
            positive: try node["positive"].optionalCount(), distribution: distribution
        )
    }
}
