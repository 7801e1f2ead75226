import EvidentModel

/// Reads the `outcomes` entries of a summary.
enum OutcomeSummaryReader {
    static func outcome(_ node: SummaryJSON) throws(InputError) -> OutcomeAggregate {
        let cases = node["cases"]
        var positions: [CaseProgressCount] = []
        for position in ["above", "on", "below"] {
            positions.append(CaseProgressCount(position: position, cases: try node["positions"][position].optionalCount()))
        }
        var matrix: [[Int]]?
        if !node["matrix"].isNull {
            var rows: [[Int]] = []
            for row in try node["matrix"].array() {
                var cells: [Int] = []
                for cell in try row.array() { cells.append(try cell.count()) }
                rows.append(cells)
            }
            matrix = rows
        }
        var domains: [OutcomeAggregate.Domain] = []
        for domain in try node["domains"].array() {
            let n = try domain["n"].count()
            domains.append(OutcomeAggregate.Domain(
                domainID: try domain["domain_id"].string(), first: try moments(domain, "first_", n: n), latest: try moments(domain, "latest_", n: n),
                change: try moments(domain, "change_", n: n), couldProgress: try domain["could_progress"].optionalCount(),
                progressed: try domain["progressed"].optionalCount()
            ))
        }
        return OutcomeAggregate(
            tool: try tool(node["tool"]), bands: try bands(node["bands"]), wave: try node["wave"].optionalString(), domains: domains,
            change: try moments(cases, "change_", n: try cases["n"].count()), couldProgressAny: try cases["could_progress_any"].optionalCount(),
            progressedAny: try cases["progressed_any"].optionalCount(), positions: positions, matrix: matrix
        )
    }

    static func moments(_ node: SummaryJSON, _ prefix: String, n: Int) throws(InputError) -> Moments {
        Moments(n: n, sum: try node[prefix + "sum"].number(), sumOfSquares: try node[prefix + "sum_squares"].number())
    }

    static func tool(_ node: SummaryJSON) throws(InputError) -> OutcomeTool {
        var domains: [OutcomeDomain] = []
        for domain in try node["domains"].array() { domains.append(OutcomeDomain(id: try domain["id"].string(), label: try domain["label"].string())) }
        var stages: [OutcomeStage] = []
        for stage in try node["stages"].array() { stages.append(OutcomeStage(label: try stage["label"].string(), from: try stage["from"].number())) }
        return OutcomeTool(
            id: try node["id"].string(), name: try node["name"].string(), domains: domains, min: try node["min"].number(),
            max: try node["max"].number(), wholeNumbers: try node["whole_numbers"].bool(), stages: stages, bands: try bands(node["bands"])
        )
    }

    static func bands(_ node: SummaryJSON) throws(InputError) -> ProgressBands {
        var bands: [ProgressBands.Band] = []
        for band in try node.array() { bands.append(.init(label: try band["label"].string(), below: try band["below"].optionalNumber())) }
        return ProgressBands(bands)
    }
}
