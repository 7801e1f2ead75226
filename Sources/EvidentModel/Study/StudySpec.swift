/// A study as its manifest declares it: the exports that feed one evidence appendix, the
/// codebook that codes them, and where the report goes (study spec §1).
public struct StudySpec: Sendable, Hashable {
    public var title: String
    public var organisation: String?
    /// The codebook file, resolved against the manifest's folder.
    public var codebookPath: String?
    /// The output folder, resolved against the manifest's folder.
    public var outputPath: String?
    /// How many quotes each theme may show.
    public var quotesPerTheme: Int
    /// Quotes the analyst wants shown (`quotes: pin:`), by reference (`7M2P4XA3.2`), first among
    /// their code's quotes, as written in the manifest.
    public var pinnedQuotes: [String] = []
    /// Quotes never to be shown (`quotes: exclude:`), by reference.
    public var excludedQuotes: [String] = []
    /// Subgroup cells with 1…`suppressBelow − 1` respondents are shown as "<`suppressBelow`".
    public var suppressBelow: Int
    /// An optional names list (one per line) whose names are redacted from quotes.
    public var namesPath: String?
    public var datasets: [DatasetSpec]
    /// Every scale the study can use, built-ins first, then the manifest's own, by id.
    public var scales: [String: Scale]
    /// The manifest file itself, as shown to the user.
    public var manifestPath: String
    /// Manual coding to measure agreement on, when the study has some.
    public var agreement: AgreementSpec?
    /// The summary page's pinned and dropped findings and the analyst's commentary.
    public var summary = SummarySpec()
    /// Every outcomes tool the study can use, built-ins first, then the manifest's `tools:`, by id.
    public var tools: [String: OutcomeTool] = Dictionary(uniqueKeysWithValues: OutcomeTool.builtIn.map { ($0.id, $0) })

    public init(
        title: String, organisation: String? = nil, codebookPath: String? = nil, outputPath: String? = nil,
        quotesPerTheme: Int = 5, suppressBelow: Int = 5, namesPath: String? = nil,
        datasets: [DatasetSpec], scales: [String: Scale], manifestPath: String
    ) {
        self.title = title
        self.organisation = organisation
        self.codebookPath = codebookPath
        self.outputPath = outputPath
        self.quotesPerTheme = quotesPerTheme
        self.suppressBelow = suppressBelow
        self.namesPath = namesPath
        self.datasets = datasets
        self.scales = scales
        self.manifestPath = manifestPath
    }
}

/// One data set of a study: a file, how to read it, and what its columns mean.
public struct DatasetSpec: Sendable, Hashable {
    public var id: String
    public var kind: DatasetKind
    /// The export file (or folder), resolved against the manifest's folder.
    public var path: String
    public var format: ExportFormat
    /// For a workbook: the sheet to read (by name); the first visible sheet when `nil`.
    public var sheet: String?
    /// The annual wave this data set belongs to ("2016"), for change over time.
    public var wave: String?
    /// People invited, for the response rate.
    public var invited: Int?
    /// The column holding respondent ids; the layout's own id column, else the row number.
    public var respondentID: String?
    /// Columns to break results down by.
    public var attributes: [String]
    /// Columns holding personal data that no header or layout announces (`Contact person`
    /// filled with names): never copied into any output; their values only redact quotes, like
    /// those of `Name` or `Email` columns.
    public var personal: [String] = []
    /// Scale items; `nil` means "infer from the values".
    public var items: [ItemSpec]?
    /// Free-text columns; `nil` means "infer from the values".
    public var freeText: [String]?
    /// The question to show for a free-text column whose header is a code (`Q6` → "What
    /// difference has the support made?"), by column.
    public var freeTextLabels: [String: String] = [:]
    public var completeWhen: CompletionRule
    /// Item ids averaged into composite confidence; `nil` means the default rule (see
    /// `CompositeAnalysis`).
    public var composite: [String]?
    /// For msc-stories data sets read from CSV or ODK: which columns hold each story field.
    public var stories: StoryMapping?
    /// For interviews: speaker labels whose turns are not coded (default: Interviewer, INT, I,
    /// Facilitator, Researcher).
    public var interviewers: [String]?
    /// For interviews: the participants CSV (resolved path), supplying attributes and pseudonyms.
    public var participants: String?
    /// For outcome-readings: how the readings are read.
    public var readings: OutcomeReadingsSpec?
    /// For case-outcomes: how each case's outcomes are read.
    public var cases: CaseOutcomesSpec?
    /// For feedback and stories: the column holding the case id, linking answers to outcomes.
    public var caseID: String?
    /// What readers see for this data set in headings and captions ("Practitioner confidence
    /// survey, October 2015"); `nil` gives a name made from its id (`StudyLabels`).
    public var label: String?
    /// Who answered, plural, as a sentence names them ("young people", "partner agency staff");
    /// `nil` gives the kind's default (practitioners, families…).
    public var respondents: String?
    /// Readers' names for attributes whose column header is a code (`AGE` → "Age"), by column.
    public var attributeLabels: [String: String] = [:]
    /// Readers' names for an attribute's coded values (`young_person` → "Young person"), by
    /// column, then by value as read.
    public var attributeValueLabels: [String: [String: String]] = [:]
    /// Where the data set is declared in the manifest, for errors about it.
    public var declaredAt: SourceLocation

    public init(
        id: String, kind: DatasetKind, path: String, format: ExportFormat = .auto, wave: String? = nil,
        invited: Int? = nil, respondentID: String? = nil, attributes: [String] = [], items: [ItemSpec]? = nil,
        freeText: [String]? = nil, completeWhen: CompletionRule = .allItems, stories: StoryMapping? = nil,
        declaredAt: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.path = path
        self.format = format
        self.wave = wave
        self.invited = invited
        self.respondentID = respondentID
        self.attributes = attributes
        self.items = items
        self.freeText = freeText
        self.completeWhen = completeWhen
        self.stories = stories
        self.declaredAt = declaredAt
    }
}

/// A scale item as the manifest lists it.
public struct ItemSpec: Sendable, Hashable {
    /// The column header (or, for SurveyMonkey, the sub-question label where that is unique).
    public var column: String
    /// A stable id, the same across waves, so change over time can be measured.
    public var id: String
    /// The scale's id.
    public var scale: String
    /// Reverse-worded: scores are read from the other end of the scale.
    public var reverse: Bool
    /// A short label for tables; the column text otherwise.
    public var label: String?
    public var declaredAt: SourceLocation?

    public init(
        column: String, id: String, scale: String, reverse: Bool = false, label: String? = nil,
        declaredAt: SourceLocation? = nil
    ) {
        self.column = column
        self.id = id
        self.scale = scale
        self.reverse = reverse
        self.label = label
        self.declaredAt = declaredAt
    }
}

/// When a record counts as complete (study spec §1, `complete_when`).
public enum CompletionRule: Sendable, Hashable, CustomStringConvertible {
    /// Every scale item answered with a valid value.
    case allItems
    /// At least one scale item answered with a valid value.
    case anyItem
    /// A column holds a value (compared case-insensitively after trimming).
    case column(name: String, value: String)

    public var description: String {
        switch self {
        case .allItems: "all-items"
        case .anyItem: "any-item"
        case .column(let name, let value): "column:\(name)=\(value)"
        }
    }
}

/// Manual coding files the report measures agreement on (the manifest's `agreement:` section):
/// coders' CSV or `.qdpx` files, an optional coverage CSV, and the reference coder the
/// automatic coding is compared with. Paths are resolved against the manifest's folder.
public struct AgreementSpec: Sendable, Hashable {
    public var codingPaths: [String]
    public var coveragePath: String?
    public var reference: String?

    public init(codingPaths: [String], coveragePath: String? = nil, reference: String? = nil) {
        self.codingPaths = codingPaths
        self.coveragePath = coveragePath
        self.reference = reference
    }
}
