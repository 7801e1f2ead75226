import EvidentModel
import Testing
@testable import EvidentAnalysis

@Suite("Distance travelled")
struct DistanceTravelledTests {
    let result = DistanceTravelled(
        dataset: OutcomeFixtures.readingsDataset, readings: OutcomeFixtures.readings,
        attributes: CaseAttributes([OutcomeFixtures.readingsDataset]), suppression: Suppression(threshold: 5)
    )

    // Domain 1 changes, C1–C11: 1, 1, 5, 0, 2, −2, 2, −2, 0, 2, 2 (C11: 4 → 6).
    // scipy 1.17.1: stats.wilcoxon(d, method=stats.PermutationMethod(n_resamples=np.inf)) ->
    // statistic 11.0, p 0.1796875; stats.t.interval(0.95, 10, loc=1.0, scale=stats.sem(d)) ->
    // (-0.34361828233667224, 2.3436182823366725); sd 2.0.
    @Test("per domain: mean first, latest and change with its interval and signed-rank test")
    func domain() throws {
        let physical = result.domains[0]
        #expect(physical.domain.id == "physical-health")
        #expect(physical.pairs == 11)
        #expect(physical.firstOnly == 1)  // C12, a single reading
        #expect(isClose(physical.first.mean, 54.0 / 11))
        #expect(isClose(physical.latest.mean, 65.0 / 11))
        #expect(physical.change.mean == 1.0)
        #expect(physical.change.standardDeviation == 2.0)
        #expect(isClose(physical.changeCI?.lower, -0.34361828233667224, relative: 1e-9))
        #expect(isClose(physical.changeCI?.upper, 2.3436182823366725, relative: 1e-9))
        #expect(physical.test.statistic == 11.0)
        #expect(isClose(physical.test.pValue, 0.1796875))
        #expect([physical.improved, physical.unchanged, physical.worse] == [7, 2, 2])
    }

    // Stages 1–2, 3–4, 5–6, 7–8, 9–10: up a stage are C2 (4→5), C3 (2→7), C5 (6→8), C7 (7→9),
    // C10 (5→7) and C11 (4→6); C1 (3→4) stays in Accepting help. None starts at the top.
    @Test("the share moving up a stage is of the cases that could")
    func stages() {
        let physical = result.domains[0]
        #expect(physical.progressed == ProportionEstimate(successes: 6, total: 11))
        #expect(physical.firstStages == [1, 4, 4, 2, 0])
        #expect(physical.latestStages == [0, 3, 4, 3, 1])
        let education = result.domains[5]
        #expect(education.pairs == 10)
        #expect(education.firstOnly == 2)  // C11 (blank at the end) and C12
    }

    @Test("overall: cases with change, progress in one or more domains, groups with suppression")
    func overall() throws {
        #expect(result.cases == 12)
        #expect(result.progress.count == 11)
        #expect(result.change.mean == 1.0)
        #expect(result.progressedAny == ProportionEstimate(successes: 6, total: 11))
        #expect(result.groups.map(\.group) == ["North", "South"])
        #expect(result.groups.map(\.cases) == [6, 5])
        #expect(result.groups.map(\.isSuppressed) == [false, false])
        // North C1–C6: above C2, C3, C5; South C7–C11: above C10, C11.
        #expect(result.groups.map(\.above) == [ProportionEstimate(successes: 3, total: 6), ProportionEstimate(successes: 2, total: 5)])
        let strict = DistanceTravelled(
            dataset: OutcomeFixtures.readingsDataset, readings: OutcomeFixtures.readings,
            attributes: CaseAttributes([OutcomeFixtures.readingsDataset]), suppression: Suppression(threshold: 6)
        )
        #expect(strict.groups.map(\.isSuppressed) == [false, true])
    }
}
