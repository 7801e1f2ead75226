import EvidentModel

/// The outcomes part of a council summary: per tool and wave, each domain's paired readings,
/// each case's change of average, the progress counts and the progress matrix, summed over the
/// wave's outcome-readings data sets before disclosure control.
enum OutcomeSummaryBuilder {
    private struct Sums {
        var tool: OutcomeTool
        var bands: ProgressBands
        var wave: String?
        var first: [[Double]]
        var latest: [[Double]]
        var could: [Int]
        var progressed: [Int]
        var changes: [Double] = []
        var couldAny = 0
        var progressedAny = 0
        var matrix: [[Int]]

        init(tool: OutcomeTool, wave: String?, bands: ProgressBands) {
            self.tool = tool
            self.bands = bands
            self.wave = wave
            first = Array(repeating: [], count: tool.domains.count)
            latest = first
            could = Array(repeating: 0, count: tool.domains.count)
            progressed = could
            matrix = Array(repeating: Array(repeating: 0, count: bands.bands.count), count: bands.bands.count)
        }
    }

    static func outcomes(_ datasets: [Dataset], rule: Disclosure) -> [OutcomeAggregate] {
        var order: [String] = []
        var all: [String: Sums] = [:]
        for dataset in datasets {
            guard let set = dataset.outcomes else { continue }
            let key = set.tool.id + "\u{0}" + (dataset.wave ?? "")
            if all[key] == nil {
                order.append(key)
                all[key] = Sums(tool: set.tool, wave: dataset.wave, bands: set.bands)
            }
            guard var sums = all[key], sums.tool == set.tool, sums.bands == set.bands else { continue }
            for journey in set.journeys {
                guard let latest = journey.latest else { continue }
                for index in set.tool.domains.indices {
                    guard let before = journey.first.values[index], let after = latest.values[index] else { continue }
                    sums.first[index].append(before)
                    sums.latest[index].append(after)
                    if set.tool.canProgress(from: before) {
                        sums.could[index] += 1
                        if set.tool.progressed(from: before, to: after) { sums.progressed[index] += 1 }
                    }
                }
                guard let progress = CaseProgress(journey, tool: set.tool, bands: set.bands) else { continue }
                sums.changes.append(progress.change)
                if progress.couldProgressAny {
                    sums.couldAny += 1
                    if progress.progressedAny { sums.progressedAny += 1 }
                }
                sums.matrix[progress.startBand][progress.latestBand] += 1
            }
            all[key] = sums
        }
        return order.compactMap { key in
            guard let sums = all[key], rule.allowsBase(sums.changes.count) else { return nil }
            return aggregate(sums, rule: rule)
        }
    }

    private static func aggregate(_ sums: Sums, rule: Disclosure) -> OutcomeAggregate {
        var domains: [OutcomeAggregate.Domain] = []
        for (index, domain) in sums.tool.domains.enumerated() where rule.allowsBase(sums.first[index].count) {
            let pairs = sums.first[index].count
            let could = rule.published(sums.could[index], of: pairs)
            domains.append(OutcomeAggregate.Domain(
                domainID: domain.id, first: Moments(sums.first[index]), latest: Moments(sums.latest[index]),
                change: Moments(zip(sums.first[index], sums.latest[index]).map { $1 - $0 }), couldProgress: could,
                progressed: could.flatMap { rule.allowsBase($0) ? rule.published(sums.progressed[index], of: $0) : nil }
            ))
        }
        var positions = [0, 0, 0]
        for (row, cells) in sums.matrix.enumerated() {
            for (column, cell) in cells.enumerated() { positions[column > row ? 0 : column == row ? 1 : 2] += cell }
        }
        let couldAny = rule.published(sums.couldAny, of: sums.changes.count)
        return OutcomeAggregate(
            tool: sums.tool, bands: sums.bands, wave: sums.wave, domains: domains, change: Moments(sums.changes), couldProgressAny: couldAny,
            progressedAny: couldAny.flatMap { rule.allowsBase($0) ? rule.published(sums.progressedAny, of: $0) : nil },
            positions: zip(["above", "on", "below"], rule.published(positions)).map { CaseProgressCount(position: $0, cases: $1) },
            matrix: rule.publishedTable(sums.matrix)
        )
    }
}
