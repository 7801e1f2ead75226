/// A Most Significant Change story (Davies and Dart 2005; msc-xml spec): who told it, the
/// domain of change it speaks to, the story and why it matters to the storyteller, and how far
/// the selection panels took it.
public struct Story: Sendable, Hashable {
    /// Unique within its file.
    public var id: String
    public var title: String?
    /// A declared domain's id.
    public var domain: String
    /// The collection date as written (`2017-03-02`).
    public var collected: String?
    public var storyteller: Storyteller
    /// The story itself.
    public var text: String
    /// Why the storyteller thinks it significant.
    public var significance: String?
    /// Each level the story reached, in order.
    public var selections: [Selection]
    /// The storyteller's consent to publication, when the source records it (`<consent>`).
    /// A story marked pending or withheld is neither shown nor quoted.
    public var consent: Consent?
    /// The physical line of the story's start tag (or its record), for messages.
    public var line: Int

    public init(
        id: String, title: String? = nil, domain: String, collected: String? = nil, storyteller: Storyteller,
        text: String, significance: String? = nil, selections: [Selection] = [], line: Int, consent: Consent? = nil
    ) {
        self.consent = consent
        self.id = id
        self.title = title
        self.domain = domain
        self.collected = collected
        self.storyteller = storyteller
        self.text = text
        self.significance = significance
        self.selections = selections
        self.line = line
    }

    /// Selected when any panel selected it.
    public var isSelected: Bool { selections.contains { $0.selected == true } }

    /// The highest level that selected the story, if any (the last selecting level in order).
    public var highestSelectedLevel: String? { selections.last { $0.selected == true }?.level }
}

/// Who told a story: their group (`staff`, `partner`, `family`), role, and — only when the
/// source gives it — a name, which is never reported.
public struct Storyteller: Sendable, Hashable {
    public var group: String?
    public var role: String?
    public var name: String?

    public init(group: String? = nil, role: String? = nil, name: String? = nil) {
        self.group = group
        self.role = role
        self.name = name
    }
}

/// One panel's decision on a story at one level (team, district, county …).
public struct Selection: Sendable, Hashable {
    /// Free text: the level's name.
    public var level: String
    /// `nil` when the panel's decision is not recorded.
    public var selected: Bool?
    /// The panel's reasons.
    public var reasons: [String]

    public init(level: String, selected: Bool?, reasons: [String] = []) {
        self.level = level
        self.selected = selected
        self.reasons = reasons
    }
}

/// A domain of change declared by a story collection.
public struct StoryDomain: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// What a data set of stories holds beyond its respondents: the collection's name, its
/// domains, and the stories in file order.
public struct StoryCollection: Sendable, Hashable {
    public var name: String?
    public var domains: [StoryDomain]
    public var stories: [Story]

    public init(name: String? = nil, domains: [StoryDomain] = [], stories: [Story] = []) {
        self.name = name
        self.domains = domains
        self.stories = stories
    }
}
