import EvidentModel

/// One attribute's groups in a data set, gathered respondent by respondent, for its breakdowns
/// (`BreakdownAnalysis` defines them): per group, its members' item scores and, among those who
/// wrote free text, how many each code touched. Merges by group name.
public struct GroupTally: Sendable {
    /// One group's figures.
    public struct Group: Sendable {
        public var name: String
        /// Where the group first appeared: the respondent's position in the data set, then the
        /// value's position among the respondent's `;`-separated options. Groups are listed in
        /// this order, the order of first appearance, whatever order tallies are merged in.
        public var first: FirstSeen
        /// Per item of the data set: the members' valid scores.
        public var items: [ScoreCounts]
        /// Members who wrote any free text.
        public var base = 0
        /// Per code (position in the codebook): members who wrote free text and had the code,
        /// with its sub-codes.
        public var codes: [Int]
    }

    /// A position in the data set: respondent, then option.
    public struct FirstSeen: Sendable, Hashable, Comparable {
        public var respondent: Int
        public var option: Int

        public static func < (lhs: FirstSeen, rhs: FirstSeen) -> Bool {
            (lhs.respondent, lhs.option) < (rhs.respondent, rhs.option)
        }
    }

    public private(set) var groups: [Group] = []
    private var indexByName: [String: Int] = [:]
    private let itemCount: Int
    private let codeCount: Int

    public init(items: Int, codes: Int) {
        itemCount = items
        codeCount = codes
    }

    /// The groups (positions in `groups`) a respondent whose attribute reads `raw` belongs to,
    /// creating those not seen yet: each `;`-separated option (a multi-select) counts, a blank
    /// value is "(not given)", and an option repeated counts as often as it is written.
    public mutating func groups(of raw: String, respondent position: Int) -> [Int] {
        var names = raw.contains(";")
            ? raw.split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
            : [raw.trimmedWhitespace]
        if names.isEmpty || names == [""] { names = [BreakdownAnalysis.notGiven] }
        return names.enumerated().map { option, name in
            if let index = indexByName[name] { return index }
            let index = groups.count
            indexByName[name] = index
            groups.append(Group(
                name: name, first: FirstSeen(respondent: position, option: option),
                items: Array(repeating: ScoreCounts(), count: itemCount), codes: Array(repeating: 0, count: codeCount)))
            return index
        }
    }

    /// Counts a member's valid score on an item.
    public mutating func add(score: Double, item: Int, group: Int) {
        groups[group].items[item].add(score)
    }

    /// Counts a member who wrote free text, with the codes (positions) their text had.
    public mutating func addWriter(codes: [Int], group: Int) {
        groups[group].base += 1
        for code in codes { groups[group].codes[code] += 1 }
    }

    /// Adds another tally of the same attribute: groups with the same name are one group, first
    /// seen where either saw it first.
    public mutating func merge(_ other: GroupTally) {
        for group in other.groups {
            guard let index = indexByName[group.name] else {
                indexByName[group.name] = groups.count
                groups.append(group)
                continue
            }
            groups[index].first = min(groups[index].first, group.first)
            groups[index].base += group.base
            for item in 0..<itemCount { groups[index].items[item].merge(group.items[item]) }
            for code in 0..<codeCount { groups[index].codes[code] += group.codes[code] }
        }
    }

    /// The groups in order of first appearance.
    public var ordered: [Group] {
        groups.sorted { $0.first < $1.first }
    }
}
