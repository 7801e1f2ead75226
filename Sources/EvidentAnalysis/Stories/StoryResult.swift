public import EvidentModel

/// What a collection of Most Significant Change stories shows: counts by domain and storyteller
/// group, how far panels took the stories, and the codes found in each story.
public struct StoryResult: Sendable {
    /// A label and how many stories carry it.
    public struct Count: Sendable, Hashable {
        public var label: String
        public var stories: Int
    }

    /// One selection level (team, district, county …) in the order levels first appear.
    public struct Level: Sendable, Hashable {
        public var level: String
        /// Stories that reached the level (a decision is recorded for them).
        public var considered: Int
        /// Stories the level's panel selected.
        public var selected: Int
    }

    public var dataset: String
    public var collection: String?
    public var stories: [Story]
    /// Declared domains in file order, with their counts (zero included).
    public var byDomain: [Count]
    /// Storyteller groups in order of first appearance; "(not given)" when missing.
    public var byGroup: [Count]
    public var levels: [Level]
    /// Per story id, the codes applied directly to its text or significance, in codebook order.
    public var codes: [String: [String]]
    /// Domain id → label.
    public var domainLabels: [String: String]

    /// The selected stories that may be published in full: selected by a panel, and their
    /// storyteller's consent not pending or withheld.
    public var selected: [Story] { stories.filter { $0.isSelected && $0.consent.allowsPublication } }

    /// Stories held back for consent (pending or withheld): counted, never shown or quoted.
    public var heldBack: [Story] { stories.filter { !$0.consent.allowsPublication } }
}

/// Builds a `StoryResult` per story data set.
public enum StoryAnalysis {
    public static func results(datasets: [Dataset], segments: [CodedSegment], codebook: Codebook?) -> [StoryResult] {
        let order = Dictionary((codebook?.allCodes ?? []).enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
        return results(datasets: datasets) { id in
            var codes: [String: Set<String>] = [:]
            for segment in segments where segment.dataset == id { codes[segment.respondent, default: []].insert(segment.codeID) }
            return codes.mapValues { $0.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) } }
        }
    }

    /// One result per story data set, given each story's codes (applied directly, in codebook
    /// order) by `codes(data set id)`.
    public static func results(
        datasets: [Dataset], codes codesOf: (String) -> [String: [String]]
    ) -> [StoryResult] {
        datasets.compactMap { dataset in
            guard dataset.kind == .mscStories, let collection = dataset.stories else { return nil }
            var groups: [String] = []
            var groupCounts: [String: Int] = [:]
            var levels: [String] = []
            var considered: [String: Int] = [:]
            var selected: [String: Int] = [:]
            for story in collection.stories {
                let group = story.storyteller.group?.trimmedWhitespace.nonEmpty ?? "(not given)"
                if groupCounts[group] == nil { groups.append(group) }
                groupCounts[group, default: 0] += 1
                for selection in story.selections {
                    if considered[selection.level] == nil { levels.append(selection.level) }
                    considered[selection.level, default: 0] += 1
                    if selection.selected == true { selected[selection.level, default: 0] += 1 }
                }
            }
            var domains = collection.domains.map { StoryResult.Count(label: $0.id, stories: 0) }
            for story in collection.stories {
                if let index = domains.firstIndex(where: { $0.label == story.domain }) { domains[index].stories += 1 }
            }
            return StoryResult(
                dataset: dataset.id, collection: collection.name, stories: collection.stories, byDomain: domains,
                byGroup: groups.map { StoryResult.Count(label: $0, stories: groupCounts[$0] ?? 0) },
                levels: levels.map { StoryResult.Level(level: $0, considered: considered[$0] ?? 0, selected: selected[$0] ?? 0) },
                codes: codesOf(dataset.id),
                domainLabels: Dictionary(collection.domains.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
            )
        }
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
