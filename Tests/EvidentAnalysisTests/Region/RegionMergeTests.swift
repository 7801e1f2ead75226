import EvidentModel
import Testing
@testable import EvidentAnalysis

@Suite("Region merge")
struct RegionMergeTests {
    let region: RegionResults
    let whole: StudyResults

    init() throws {
        let summaries = try (0..<3).map { index in
            SummaryBuilder.summary(try RegionFixtures.results(RegionFixtures.council(index), title: "Council \(index)"))
        }
        region = RegionMerge.merge(summaries, spec: RegionSpec(title: "Region", councils: []))
        whole = try RegionFixtures.results(RegionFixtures.concatenated, title: "All")
    }

    @Test("pooled items equal one run over the concatenated rows, to 1e-9")
    func items() throws {
        #expect(region.refusals.isEmpty)
        for id in ["trust", "supervision"] {
            for wave in ["2015", "2016"] {
                let pooled = try #require(region.items.first { $0.itemID == id && $0.wave == wave })
                let one = try #require(whole.items.first { $0.item.id == id && $0.wave == wave })
                #expect(pooled.moments.n == one.n)
                #expect(isClose(pooled.moments.mean, try #require(one.summary.mean), relative: 1e-9))
                #expect(isClose(pooled.moments.standardDeviation, try #require(one.summary.standardDeviation), relative: 1e-9))
                #expect(isClose(pooled.meanCI?.lower, try #require(one.meanCI?.lower), relative: 1e-9))
                #expect(pooled.positive.councils.allSatisfy { $0.estimate != nil })
                #expect(isClose(pooled.positive.pooled.percent, try #require(one.pctPositive), relative: 1e-9))
            }
        }
        #expect(region.changes.filter { $0.itemID == "trust" }.count == 3)
    }

    @Test("pooled themes equal the concatenated run's share of writers, per wave")
    func themes() throws {
        for code in ["access", "waits", "housing", "relationship"] {
            let pooled = try #require(region.themes.first { $0.codeID == code && $0.share.wave == "2016" })
            let one = try #require(whole.themes.first { $0.codeID == code }?.byDataset.first { $0.dataset == "staff-2016" }?.count)
            #expect(pooled.share.pooled.successes == one.respondents)
            #expect(pooled.share.pooled.total == one.base)
            #expect(isClose(pooled.share.pooled.percent, try #require(one.pctRespondents), relative: 1e-9))
        }
    }

    @Test("pooled distance travelled, progress and matrix equal the concatenated run's")
    func outcomes() throws {
        let pooled = try #require(region.outcomes.first)
        let one = try #require(whole.outcomes.distance.first)
        #expect(pooled.change.n == one.progress.count)
        #expect(isClose(pooled.change.mean, try #require(one.change.mean), relative: 1e-9))
        #expect(isClose(pooled.change.standardDeviation, try #require(one.change.standardDeviation), relative: 1e-9))
        #expect(pooled.progressedAny.pooled == one.progressedAny)
        #expect(pooled.matrix == one.matrix.counts)
        #expect(pooled.above.pooled == one.matrix.share(.above))
        for (domain, change) in zip(pooled.domains, one.domains) {
            #expect(domain.domain == change.domain)
            #expect(domain.change.n == change.pairs)
            #expect(isClose(domain.first.mean, try #require(change.first.mean), relative: 1e-9))
            #expect(isClose(domain.change.mean, try #require(change.change.mean), relative: 1e-9))
            #expect(isClose(domain.change.standardDeviation, try #require(change.change.standardDeviation), relative: 1e-9))
            #expect(domain.progressed.pooled == change.progressed)
        }
    }

    @Test("pooled KPIs equal the concatenated run's")
    func kpis() throws {
        let one = try #require(whole.outcomes.cases.first)
        #expect(region.kpis.map(\.id) == one.kpis.map(\.id))
        for (pooled, kpi) in zip(region.kpis, one.kpis) {
            #expect(pooled.pooled == kpi.estimate)
            #expect(pooled.councils.count == 3)
            #expect(pooled.councils.allSatisfy { $0.funnel != nil })
        }
    }
}
