package import EvidentAnalysis
import EvidentFormats
package import EvidentModel

/// Writes a region's folder (`evident region`): `region.json` with every merged figure, and a
/// funnel plot under `charts/` for each proportion two councils or more published. Written
/// through a `ReportTransaction`, so the folder is replaced whole or not at all.
package enum RegionWriter {
    package static func write(_ results: RegionResults, to path: String) throws(InputError) -> [String] {
        let transaction = try ReportTransaction(target: path)
        var folder = try transaction.folder()
        try folder.write(RegionDocument.json(results).rendered(), to: "region.json")
        for plot in funnels(results) { try folder.write(plot.svg(), to: "charts/funnel-\(plot.id).svg") }
        try transaction.commit()
        return folder.written
    }

    /// A funnel plot per KPI, per theme and per item's % positive (latest wave), and progress.
    package static func funnels(_ results: RegionResults) -> [FunnelPlot] {
        var plots: [FunnelPlot] = []
        var used: Set<String> = []
        func add(_ id: String, _ title: String, _ proportion: RegionProportion) {
            var name = ReportFolder.safeName(id)
            var count = 1
            while used.contains(name) {
                count += 1
                name = ReportFolder.safeName(id) + "-\(count)"
            }
            guard let plot = FunnelPlot(id: name, title: title, proportion: proportion) else { return }
            used.insert(name)
            plots.append(plot)
        }
        for kpi in results.kpis { add("kpi-" + kpi.id + (kpi.wave.map { "-" + $0 } ?? ""), kpi.label, kpi) }
        for outcome in results.outcomes {
            let wave = outcome.wave.map { "-" + $0 } ?? ""
            add("\(outcome.tool.id)\(wave)-progressed", "\(outcome.tool.name): progressed in one domain or more", outcome.progressedAny)
            add("\(outcome.tool.id)\(wave)-above", "\(outcome.tool.name): higher than average progress", outcome.above)
        }
        for item in results.items { add("item-" + item.itemID + (item.wave.map { "-" + $0 } ?? ""), item.label + " (% positive)", item.positive) }
        for theme in results.themes { add("theme-" + theme.codeID + (theme.share.wave.map { "-" + $0 } ?? ""), theme.label, theme.share) }
        return plots
    }
}
