import EvidentModel

/// Change over time: for each item id present in two consecutive waves of the same kind of data
/// set, the difference in means and in % positive with their tests; with three waves or more,
/// the first wave against the latest too (after the adjacent pairs, `isFirstToLatest`).
///
/// Waves are ordered numerically when they all read as numbers ("2015" < "2016"), otherwise as
/// text. Data sets of the same kind and wave are pooled. An item whose scale differs between the
/// waves is not compared (its scores are not on the same footing).
public enum ChangeAnalysis {
    public static func changes(_ items: [ItemResult], kinds: [String: String]) -> [ItemChange] {
        struct Key: Hashable {
            let kind: String
            let item: String
        }
        var byKey: [Key: [String: [ItemResult]]] = [:]
        var keyOrder: [Key] = []
        for result in items {
            guard let wave = result.wave else { continue }
            let key = Key(kind: kinds[result.dataset] ?? "", item: result.item.id)
            if byKey[key] == nil { keyOrder.append(key) }
            byKey[key, default: [:]][wave, default: []].append(result)
        }
        var changes: [ItemChange] = []
        for key in keyOrder {
            guard let waves = byKey[key] else { continue }
            let ordered = orderWaves(Array(waves.keys))
            let pairs = ChangeAnalysis.comparisons(ordered)
            for (earlier, later, span) in pairs {
                guard let before = waves[earlier], let after = waves[later],
                      let scale = after.first?.item.scale.id, before.allSatisfy({ $0.item.scale.id == scale }),
                      after.allSatisfy({ $0.item.scale.id == scale })
                else { continue }
                var change = change(key.kind, key.item, earlier, later, before, after)
                change.isFirstToLatest = span
                changes.append(change)
            }
        }
        return changes
    }

    private static func change(
        _ kind: String, _ itemID: String, _ fromWave: String, _ toWave: String, _ before: [ItemResult], _ after: [ItemResult]
    ) -> ItemChange {
        let from = side(before)
        let to = side(after)
        let interval = TwoProportion.newcombeInterval(successes1: to.positive, n1: to.n, successes2: from.positive, n2: from.n)
        return ItemChange(
            kind: kind, itemID: itemID, label: after.last?.item.label ?? itemID, scaleID: after.last?.item.scale.id ?? "",
            fromWave: fromWave, toWave: toWave, from: from, to: to,
            scores: MannWhitney.test(pooled(after), pooled(before)),
            shares: TwoProportion.zTest(successes1: to.positive, n1: to.n, successes2: from.positive, n2: from.n),
            pctPositiveChangeCI: interval.map { ConfidenceInterval(lower: $0.lower * 100, upper: $0.upper * 100, confidence: $0.confidence) }
        )
    }

    /// The scores of data sets of one wave together.
    private static func pooled(_ results: [ItemResult]) -> ScoreCounts {
        var scores = ScoreCounts()
        for result in results { scores.merge(result.scores) }
        return scores
    }

    private static func side(_ results: [ItemResult]) -> ItemChange.Side {
        let scores = pooled(results)
        return ItemChange.Side(
            datasets: results.map(\.dataset), n: scores.total, mean: Summary(scores).mean,
            positive: results.reduce(0) { $0 + $1.positive }
        )
    }

    /// The pairs of waves compared, of waves in order: each adjacent pair, then with three waves
    /// or more the first against the latest (`firstToLatest`). Items, composites and themes all
    /// compare these.
    public static func comparisons(_ ordered: [String]) -> [(earlier: String, later: String, firstToLatest: Bool)] {
        var pairs = zip(ordered, ordered.dropFirst()).map { (earlier: $0, later: $1, firstToLatest: false) }
        if ordered.count >= 3, let first = ordered.first, let last = ordered.last {
            pairs.append((earlier: first, later: last, firstToLatest: true))
        }
        return pairs
    }

    /// Numeric order when every wave reads as a number, text order otherwise.
    public static func orderWaves(_ waves: [String]) -> [String] {
        let numbers = waves.compactMap { Double($0) }
        if numbers.count == waves.count {
            return waves.sorted { (Double($0) ?? 0, $0) < (Double($1) ?? 0, $1) }
        }
        return waves.sorted()
    }
}
