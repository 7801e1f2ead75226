
/// How a CSV file's columns, or an ODK submission's element paths, map onto Most Significant
/// Change story fields: the manifest's `stories:` key under a data set of kind `msc-stories`.
///
/// ```yaml
/// stories:
///   id: Story ID                    # optional: the row number otherwise
///   title: Title
///   domain: Domain of change        # required
///   group: Storyteller group        # staff | partner | family
///   role: Storyteller role
///   storyteller: Storyteller name   # personal data: only used to redact quotes
///   text: What happened?            # required
///   significance: Why is this significant to you?
///   collected: Date collected
///   selected_level: Level reached   # one column naming the last level the story reached …
///   selected: Selected?             # … whether that level selected it (yes/no, true/false, 1/0)
///   reasons: Panel's reasons        # … and the panel's reasons
///   selections:                     # or one entry per panel level, in order
///     - {level: district, selected: District selected, reasons: District reasons}
///     - {level: county, selected: County selected, reasons: County reasons}
///   domains:                        # optional: stories naming any other domain are rejected
///     family-wellbeing: Changes in family health and wellbeing
/// ```
///
/// Every value names a column (CSV) or an element path below the submission (`story/text`);
/// a name matches as columns do elsewhere: exactly, then ignoring case, then by field name
/// alone where that is unique.
public struct StoryMapping: Sendable, Hashable {
    /// The story's id; the row number (1, 2 …) when unmapped.
    public var id: String?
    /// The story's title.
    public var title: String?
    /// The domain of change (required).
    public var domain: String
    /// The storyteller's group: staff, partner or family.
    public var group: String?
    /// The storyteller's role ("Family support worker").
    public var role: String?
    /// The storyteller's name: never reported, only used to redact quotes.
    public var storyteller: String?
    /// The story itself (required).
    public var text: String
    /// Why the storyteller thinks it significant.
    public var significance: String?
    /// When the story was collected, as written.
    public var collected: String?
    /// A column naming the last selection level the story reached.
    public var selectedLevel: String?
    /// With `selectedLevel`: whether that level selected it. Unmapped: not recorded.
    public var selected: String?
    /// With `selectedLevel`: the panel's reasons.
    public var reasons: String?
    /// One entry per panel level, for files with columns per level.
    public var selections: [SelectionColumns]
    /// The domains of change stories may name, in order; `nil` accepts any non-blank value and
    /// declares domains in order of first appearance.
    public var domains: [StoryDomain]?
    /// Where the mapping is written, for errors about it.
    public var declaredAt: SourceLocation?
    /// The column holding the storyteller's consent to publication (`given`, `pending`,
    /// `withheld`; see `Consent`).
    public var consent: String?

    /// A mapping; only `domain` and `text` are required.
    public init(
        id: String? = nil, title: String? = nil, domain: String, group: String? = nil, role: String? = nil,
        storyteller: String? = nil, text: String, significance: String? = nil, collected: String? = nil,
        selectedLevel: String? = nil, selected: String? = nil, reasons: String? = nil,
        selections: [SelectionColumns] = [], domains: [StoryDomain]? = nil, declaredAt: SourceLocation? = nil,
        consent: String? = nil
    ) {
        self.consent = consent
        self.id = id
        self.title = title
        self.domain = domain
        self.group = group
        self.role = role
        self.storyteller = storyteller
        self.text = text
        self.significance = significance
        self.collected = collected
        self.selectedLevel = selectedLevel
        self.selected = selected
        self.reasons = reasons
        self.selections = selections
        self.domains = domains
        self.declaredAt = declaredAt
    }

    /// The columns recording one panel level's decision.
    public struct SelectionColumns: Sendable, Hashable {
        /// The level's name (`district`, `county`), as it will be reported.
        public var level: String
        /// Whether the level selected the story: yes/no, true/false, 1/0. Blank with blank
        /// reasons means the story did not reach this level.
        public var selected: String?
        /// The panel's reasons at this level.
        public var reasons: String?

        /// One level's columns.
        public init(level: String, selected: String? = nil, reasons: String? = nil) {
            self.level = level
            self.selected = selected
            self.reasons = reasons
        }
    }
}
