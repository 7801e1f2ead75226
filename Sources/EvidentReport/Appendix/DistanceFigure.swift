import EvidentAnalysis

/// The start-to-latest chart of one readings data set: its figure for every rendering.
enum DistanceFigure {
    static func figure(_ row: DistanceRow, labels: StudyLabels) -> Figure? {
        let rows = row.domains.filter { $0.pairs > 0 }.map { domain in
            DistanceChart.Row(
                label: domain.label, first: domain.meanFirst, latest: domain.meanLatest, cases: domain.pairs,
                isSignificant: (domain.signedRank.pValue ?? 1) < 0.05
            )
        }
        guard !rows.isEmpty else { return nil }
        let title = "\(row.toolName): mean first and latest reading per domain (\(labels.heading(row.dataset)))"
        let chart = DistanceChart(id: ReportFolder.safeName(row.dataset), title: title, min: row.scaleMin, max: row.scaleMax, rows: rows)
        let svg = chart.svg()
        let data = ChartData(
            kind: .pairedValues, title: title, categories: rows.map(\.label),
            series: [
                ChartData.Series(name: "First reading", values: rows.map(\.first), color: "999999"),
                ChartData.Series(name: "Latest reading", values: rows.map(\.latest), color: String(ChartPalette.increase.dropFirst())),
            ],
            valueAxisTitle: "Mean reading", isNative: false
        )
        return Figure(
            caption: title + ". * marks a change whose signed-rank test has p < 0.05.", name: "distance-\(ReportFolder.safeName(row.dataset))",
            inlineSVG: svg, standaloneSVG: svg, altText: chart.altText, chart: data
        )
    }
}
