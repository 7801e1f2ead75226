import EvidentModel

/// How composite confidence moved between two waves of one population: the later mean minus the
/// earlier, with Welch's t-test (two-sided, unequal variances) on the respondents' composite
/// scores. Waves are independent samples (anonymous surveys), not the same people.
///
/// Each wave's composite is its own (`CompositeResult`); when the two waves averaged different
/// items (an item added or dropped), `itemsAdded` and `itemsDropped` say which, and the notes
/// say the comparison is of composites, not of identical item sets.
public struct CompositeChange: Sendable {
    /// The population, as `ThemeChange.population`.
    public var population: String
    public var fromDataset: String
    public var toDataset: String
    public var fromWave: String
    public var toWave: String
    public var fromN: Int
    public var toN: Int
    public var fromMean: Double?
    public var toMean: Double?
    /// Welch's t-test, later minus earlier.
    public var test: TTest
    /// Composite items in the later wave only, and in the earlier wave only.
    public var itemsAdded: [String]
    public var itemsDropped: [String]
    public var isFirstToLatest: Bool

    /// Later mean minus earlier.
    public var change: Double? {
        guard let before = fromMean, let after = toMean else { return nil }
        return after - before
    }

    /// Significant under the study's one rule (`Significance`).
    public var isSignificant: Bool { Significance.isSignificant(test.pValue) }

    /// Either wave has fewer than `Significance.smallBase` respondents.
    public var isSmall: Bool { fromN < Significance.smallBase || toN < Significance.smallBase }
}

/// Composite confidence change for every population with a composite in two or more waves:
/// adjacent waves, and the first against the latest with three or more. A population with two
/// composites in one wave is not compared (which one stands for the wave is not clear).
public enum CompositeChangeAnalysis {
    public static func changes(_ composites: [CompositeResult], populations: [String: String]) -> [CompositeChange] {
        var order: [String] = []
        var byPopulation: [String: [String: [CompositeResult]]] = [:]
        for composite in composites {
            guard let wave = composite.wave, let population = populations[composite.dataset] else { continue }
            if byPopulation[population] == nil { order.append(population) }
            byPopulation[population, default: [:]][wave, default: []].append(composite)
        }
        var changes: [CompositeChange] = []
        for population in order {
            guard let waves = byPopulation[population], waves.count >= 2, waves.values.allSatisfy({ $0.count == 1 }) else { continue }
            let ordered = ChangeAnalysis.orderWaves(Array(waves.keys))
            let pairs = ChangeAnalysis.comparisons(ordered)
            for (earlier, later, span) in pairs {
                guard let before = waves[earlier]?.first, let after = waves[later]?.first, before.scale.id == after.scale.id else { continue }
                changes.append(CompositeChange(
                    population: population, fromDataset: before.dataset, toDataset: after.dataset, fromWave: earlier, toWave: later,
                    fromN: before.respondents, toN: after.respondents, fromMean: before.summary.mean, toMean: after.summary.mean,
                    test: TTest.welch(after.scores, before.scores),
                    itemsAdded: after.itemIDs.filter { !before.itemIDs.contains($0) },
                    itemsDropped: before.itemIDs.filter { !after.itemIDs.contains($0) }, isFirstToLatest: span
                ))
            }
        }
        return changes
    }
}
