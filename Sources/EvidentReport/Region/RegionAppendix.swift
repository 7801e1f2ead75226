import EvidentAnalysis
import EvidentModel

/// The regional appendix as the typed appendix model, so it renders to HTML, Markdown and Word
/// like a study's: what was merged, each KPI and outcome pooled with every council beside it
/// and its funnel plot, items pooled with change since the last round per council, themes per
/// council, and what was left out and why.
enum RegionAppendix {
    static func build(_ results: RegionResults, version: String) -> Appendix {
        var sections = [councils(results)]
        if !results.kpis.isEmpty { sections.append(proportions(results.kpis, id: "kpis", title: "Case outcomes across the region", results: results)) }
        sections += results.outcomes.map { outcome(_: $0, results: results) }
        if !results.items.isEmpty { sections.append(items(results)) }
        if !results.themes.isEmpty { sections.append(themes(results)) }
        sections.append(method(results))
        var tables = 0
        var figures = 0
        for index in sections.indices {
            sections[index].number(index + 1)
            sections[index].blocks = sections[index].blocks.map { block in
                switch block {
                case .table(var table):
                    tables += 1
                    table.number(tables)
                    return .table(table)
                case .figure(var figure):
                    figures += 1
                    figure.number(figures)
                    return .figure(figure)
                default: return block
                }
            }
        }
        let provenance = Paragraph([
            .plain("Produced by Evident \(version) from \(results.councils.count) councils' "), .code("summary.json"),
            .plain(" files: counts and sums with small cells withheld, no council's data shared. Full-precision figures are in "),
            .code("region.json"), .plain("."),
        ])
        return Appendix(
            title: results.title, organisation: nil, provenance: provenance, version: version, stamp: nil,
            headlines: headlines(results).map(Headline.init), sections: sections
        )
    }

    static func headlines(_ results: RegionResults) -> [String] {
        var lines: [String] = []
        for kpi in results.kpis.prefix(2) {
            guard let percent = kpi.pooled.percent else { continue }
            lines.append("\(kpi.label): \(Format.percent(percent)) across the region (\(Format.count(kpi.pooled.successes)) of \(Format.count(kpi.pooled.total))).")
        }
        for outcome in results.outcomes {
            guard let percent = outcome.above.pooled.percent else { continue }
            lines.append("\(outcome.tool.name): \(Format.percent(percent)) of families made higher than average progress (\(Format.count(outcome.above.pooled.successes)) of \(Format.count(outcome.above.pooled.total))).")
        }
        return lines
    }

    static func councils(_ results: RegionResults) -> Section {
        var blocks: [Block] = [.paragraph(Paragraph(
            "Each council ran evident report and sent only its summary.json. A pooled figure adds the councils' counts and sums, so it equals what one analysis of every council's records together would give. A figure a council withheld (a count under its suppression threshold) is left out of the pool for that council only; the pooled base says how many people it covers."))]
        if !results.refusals.isEmpty {
            blocks.append(.table(Table(
                caption: "Left out of the region, and why",
                columns: [Column("Council"), Column("What"), Column("Why")],
                rows: results.refusals.map { Row([Cell($0.council), Cell($0.subject), Cell($0.reason)]) },
                style: "compact"
            )))
        }
        return Section(id: "councils", title: "Councils and what was merged", tier: .summary, blocks: blocks)
    }

    /// A table of proportions, pooled and per council, then a funnel plot for each.
    static func proportions(_ proportions: [RegionProportion], id: String, title: String, results: RegionResults) -> Section {
        var blocks: [Block] = [.table(table(proportions, caption: title, councils: results.councils))]
        for proportion in proportions {
            if let figure = funnel(proportion, id: "\(id)-\(proportion.id)\(proportion.wave.map { "-" + $0 } ?? "")", title: proportion.label) {
                blocks.append(.figure(figure))
            }
        }
        blocks.append(.paragraph(funnelNote))
        return Section(id: id, title: title, blocks: blocks)
    }

    static let funnelNote = Paragraph(
        "Funnel plots show each council's share against its base, around the pooled share, with the 95% (solid) and 99.8% (dashed) control limits: the range a council of that size would fall in by chance alone (exact binomial limits, Spiegelhalter 2005). A council outside the 99.8% limits differs by more than chance would give about once in 500; outside the 95% limits, about once in 20 — with many figures compared, some will fall there by chance.",
        style: .note)

    static func table(_ proportions: [RegionProportion], caption: String, councils: [String]) -> Table {
        Table(
            caption: caption,
            columns: [Column("Figure"), Column("Region", numeric: true)] + councils.map { Column($0, numeric: true) },
            rows: proportions.map { proportion in
                Row([Cell(proportion.label + (proportion.wave.map { " (\($0))" } ?? "")), share(proportion.pooled, funnel: nil, interval: true)]
                    + councils.map { council in
                        let entry = proportion.councils.first { $0.council == council }
                        return entry?.estimate.map { share($0, funnel: entry?.funnel, interval: false) } ?? .numeric("–")
                    })
            },
            notes: [Paragraph("% (n of base). Region: pooled, with its 95% Wilson interval. † outside the 95% control limits, ‡ outside the 99.8% limits; – not published by the council (withheld or not measured).", style: .note)],
            style: "compact", isWide: councils.count > 3
        )
    }

    static func share(_ estimate: ProportionEstimate, funnel: FunnelPosition?, interval: Bool) -> Cell {
        guard estimate.total > 0 else { return .numeric("–") }
        let mark = switch funnel {
        case .beyond95: " †"
        case .beyond998: " ‡"
        default: ""
        }
        return .number(
            Format.percent(estimate.percent) + mark, value: estimate.percent, source: nil,
            aside: (interval ? Format.interval(estimate.percentInterval) + "; " : "") + "\(Format.count(estimate.successes)) of \(Format.count(estimate.total))"
        )
    }

    static func funnel(_ proportion: RegionProportion, id: String, title: String) -> Figure? {
        guard let plot = FunnelPlot(id: ReportFolder.safeName(id), title: title, proportion: proportion) else { return nil }
        let svg = plot.svg()
        let data = ChartData(
            kind: .barsWithIntervals, title: title, categories: plot.points.map(\.council),
            series: [ChartData.Series(name: title, values: plot.points.map(\.share), color: String(ChartPalette.theme.dropFirst()))],
            valueAxisTitle: "%", isNative: false
        )
        return Figure(
            caption: "Funnel plot: \(title)\(proportion.wave.map { " (\($0))" } ?? ""), pooled \(Format.percent(plot.pooled)).",
            name: "funnel-\(plot.id)", inlineSVG: svg, standaloneSVG: svg, altText: plot.altText, chart: data
        )
    }
}
