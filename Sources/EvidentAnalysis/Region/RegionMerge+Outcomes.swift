import EvidentModel

extension RegionMerge {
    /// Outcomes per tool and wave. A council's tool must match the region's (the first council's
    /// with that tool id): same range and stages, and its domains — through its `domains:` map —
    /// among the region's. Bands that differ keep the domains but leave out its matrix counts.
    static func outcomes(_ summaries: [CouncilSummary], entries: [CouncilEntry], names: [String], refusals: inout [RegionRefusal]) -> [RegionOutcome] {
        var tools: [String: (tool: OutcomeTool, bands: ProgressBands)] = [:]
        var order: [String] = []
        var groups: [String: [(council: String, aggregate: OutcomeAggregate, bandsMatch: Bool)]] = [:]
        for (index, summary) in summaries.enumerated() {
            for var aggregate in summary.outcomes {
                let map = entries[index].domains
                for domain in aggregate.domains.indices { aggregate.domains[domain].domainID = map[aggregate.domains[domain].domainID] ?? aggregate.domains[domain].domainID }
                let reference = tools[aggregate.tool.id] ?? (aggregate.tool, aggregate.bands)
                let known = Set(reference.tool.domains.map(\.id))
                let strangers = aggregate.domains.map(\.domainID).filter { !known.contains($0) }
                guard reference.tool.min == aggregate.tool.min, reference.tool.max == aggregate.tool.max,
                      reference.tool.stages == aggregate.tool.stages, strangers.isEmpty else {
                    let why = strangers.isEmpty
                        ? "its range or stages differ from the region's \(reference.tool.name)"
                        : "its domains \(strangers.map { "'\($0)'" }.joined(separator: ", ")) are not the region's; map them under domains:"
                    refusals.append(RegionRefusal(council: names[index], subject: "outcomes on \(aggregate.tool.name)", reason: why))
                    continue
                }
                tools[aggregate.tool.id] = reference
                let bandsMatch = aggregate.bands == reference.bands
                if !bandsMatch {
                    refusals.append(RegionRefusal(
                        council: names[index], subject: "progress matrix on \(aggregate.tool.name)",
                        reason: "its bands (\(aggregate.bands.rule)) differ from the region's (\(reference.bands.rule))"
                    ))
                }
                let key = aggregate.tool.id + "\u{0}" + (aggregate.wave ?? "")
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append((names[index], aggregate, bandsMatch))
            }
        }
        return order.compactMap { key in
            guard let members = groups[key], let first = members.first, let reference = tools[first.aggregate.tool.id] else { return nil }
            return outcome(members, tool: reference.tool, bands: reference.bands, wave: first.aggregate.wave)
        }
    }

    private static func outcome(
        _ members: [(council: String, aggregate: OutcomeAggregate, bandsMatch: Bool)], tool: OutcomeTool, bands: ProgressBands, wave: String?
    ) -> RegionOutcome {
        func proportion(_ id: String, _ label: String, _ figure: (OutcomeAggregate) -> ProportionEstimate?) -> RegionProportion {
            RegionProportion(id: id, label: label, wave: wave, figures: members.map { ($0.council, figure($0.aggregate)) })
        }
        func position(_ name: String) -> RegionProportion {
            RegionProportion(id: name, label: name, wave: wave, figures: members.map { member in
                guard member.bandsMatch, let cases = member.aggregate.positions.first(where: { $0.position == name })?.cases else { return (member.council, nil) }
                return (member.council, ProportionEstimate(successes: cases, total: member.aggregate.change.n))
            })
        }
        let matrices = members.map { $0.bandsMatch ? $0.aggregate.matrix : nil }
        var matrix: [[Int]]?
        if matrices.allSatisfy({ $0 != nil }) {
            matrix = matrices.compactMap { $0 }.reduce(into: Array(repeating: Array(repeating: 0, count: bands.bands.count), count: bands.bands.count)) { sum, cells in
                for row in cells.indices { for column in cells[row].indices { sum[row][column] += cells[row][column] } }
            }
        }
        let domains = tool.domains.compactMap { domain -> RegionOutcome.Domain? in
            let held = members.compactMap { member in member.aggregate.domains.first { $0.domainID == domain.id }.map { (member.council, $0) } }
            guard !held.isEmpty else { return nil }
            return RegionOutcome.Domain(
                domain: domain, first: held.reduce(Moments()) { $0 + $1.1.first }, latest: held.reduce(Moments()) { $0 + $1.1.latest },
                change: held.reduce(Moments()) { $0 + $1.1.change },
                progressed: RegionProportion(id: domain.id, label: domain.label, wave: wave, figures: held.map { council, figure in
                    (council, figure.couldProgress.flatMap { could in figure.progressed.map { ProportionEstimate(successes: $0, total: could) } })
                })
            )
        }
        return RegionOutcome(
            tool: tool, bands: bands, wave: wave, change: members.reduce(Moments()) { $0 + $1.aggregate.change },
            councilChange: Dictionary(members.map { ($0.council, $0.aggregate.change) }, uniquingKeysWith: +),
            progressedAny: proportion("progressed-any", "Progressed in one or more domains") { aggregate in
                aggregate.couldProgressAny.flatMap { could in aggregate.progressedAny.map { ProportionEstimate(successes: $0, total: could) } }
            },
            above: position("above"), below: position("below"), matrix: matrix, domains: domains
        )
    }
}
