import EvidentModel

/// Items ordered for training needs: lowest % positive first (ties by lower mean, then id),
/// each compared with the data set's composite confidence.
///
/// An item is flagged as significantly below the composite when its mean is lower and Welch's
/// t-test of its scores against the respondents' composite scores gives p < 0.05. The item is
/// one of the composite's own components, so the two samples are not independent: the flag is a
/// screening aid for choosing training topics, not a formal test, and the method notes say so.
public struct ItemRanking: Sendable {
    public struct Entry: Sendable {
        public var itemID: String
        public var label: String
        public var n: Int
        public var mean: Double?
        public var pctPositive: Double?
        /// Position when ordered by mean, lowest first (1-based).
        public var rankByMean: Int
        public var comparison: TTest
        public var isSignificantlyBelow: Bool
    }

    public var dataset: String
    public var wave: String?
    /// Ordered by % positive, lowest first.
    public var entries: [Entry]

    public static func rank(_ items: [ItemResult], against composite: CompositeResult) -> ItemRanking {
        let members = items.filter { $0.dataset == composite.dataset && composite.itemIDs.contains($0.item.id) }
        let byMean = members.sorted { ($0.summary.mean ?? .infinity, $0.item.id) < ($1.summary.mean ?? .infinity, $1.item.id) }
        let entries = members.map { item -> Entry in
            let test = TTest.welch(item.scores, composite.scores)
            let below = (test.estimate ?? 0) < 0 && (test.pValue ?? 1) < 0.05
            return Entry(
                itemID: item.item.id, label: item.item.label, n: item.n, mean: item.summary.mean, pctPositive: item.pctPositive,
                rankByMean: (byMean.firstIndex { $0.item.id == item.item.id } ?? 0) + 1, comparison: test,
                isSignificantlyBelow: below
            )
        }
        let ordered = entries.sorted {
            ($0.pctPositive ?? .infinity, $0.mean ?? .infinity, $0.itemID) < ($1.pctPositive ?? .infinity, $1.mean ?? .infinity, $1.itemID)
        }
        return ItemRanking(dataset: composite.dataset, wave: composite.wave, entries: ordered)
    }
}
