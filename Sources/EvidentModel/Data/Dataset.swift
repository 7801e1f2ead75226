/// A data set as loaded: its respondents with their scored items and free-text answers, and the
/// account of every record its file held.
public struct Dataset: Sendable {
    public var id: String
    public var kind: DatasetKind
    public var wave: String?
    /// The file as shown to the user.
    public var file: String
    /// The layout actually read (never `.auto`).
    public var format: ExportFormat
    /// The text encoding actually read: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`.
    public var encoding: String
    /// SHA-256 of the file's bytes, lowercase hex, so a report names exactly what it read.
    public var sha256: String
    public var invited: Int?
    /// Attribute names (columns to break results down by), in manifest order.
    public var attributes: [String]
    public var items: [ScaleItem]
    public var questions: [Question]
    public var respondents: [Respondent]
    public var accounting: Accounting
    public var rejections: [Rejection]
    public var diagnostics: [Diagnostic]
    /// For `msc-stories` data sets: the stories, one per respondent (same order), with their
    /// domains. `nil` for other kinds.
    public var stories: StoryCollection?
    /// For `interviews` data sets: the transcripts with their turns and the participants (one
    /// respondent per participant). `nil` for other kinds.
    public var transcripts: TranscriptCollection?
    /// For `outcome-readings` data sets: one journey per case. `nil` for other kinds.
    public var outcomes: OutcomeReadingSet?
    /// For `case-outcomes` data sets: one record per case. `nil` for other kinds.
    public var caseOutcomes: CaseOutcomeSet?

    public init(
        id: String, kind: DatasetKind, wave: String?, file: String, format: ExportFormat, encoding: String,
        sha256: String, invited: Int?, attributes: [String], items: [ScaleItem], questions: [Question],
        respondents: [Respondent], accounting: Accounting, rejections: [Rejection], diagnostics: [Diagnostic],
        stories: StoryCollection? = nil, transcripts: TranscriptCollection? = nil
    ) {
        self.id = id
        self.kind = kind
        self.wave = wave
        self.file = file
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.invited = invited
        self.attributes = attributes
        self.items = items
        self.questions = questions
        self.respondents = respondents
        self.accounting = accounting
        self.rejections = rejections
        self.diagnostics = diagnostics
        self.stories = stories
        self.transcripts = transcripts
    }

    /// Responses as a share of people invited, 0–100; `nil` when `invited` is unknown or zero.
    /// Defined as unique valid respondents (complete and partial records; rejected rows such as
    /// repeated respondent ids never count) / invited × 100.
    public var responseRate: Double? {
        guard let invited, invited > 0 else { return nil }
        return Double(accounting.respondents) / Double(invited) * 100
    }
}

/// A closed question answered on a scale.
public struct ScaleItem: Sendable, Hashable {
    /// Stable across waves.
    public var id: String
    /// A short label for tables.
    public var label: String
    /// The column it was read from.
    public var column: String
    public var scale: Scale
    /// Scores were reversed on reading (`reverse: true`).
    public var reverse: Bool

    public init(id: String, label: String, column: String, scale: Scale, reverse: Bool = false) {
        self.id = id
        self.label = label
        self.column = column
        self.scale = scale
        self.reverse = reverse
    }
}

/// An open question whose answers are free text.
public struct Question: Sendable, Hashable {
    /// The column it was read from; also its id in coded segments.
    public var id: String
    /// The question as the respondent saw it.
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// One respondent's record: who they are (attributes), their item values and their free text.
public struct Respondent: Sendable, Hashable {
    /// The respondent id from the file, or the record's line number when there is none.
    public var id: String
    /// The physical line the record starts on.
    public var line: Int
    /// Values aligned with the data set's `attributes`; blank when not given.
    public var attributes: [String]
    /// Values aligned with the data set's `items`, already reversed where the item says so.
    public var values: [ItemValue]
    /// Free-text answers aligned with the data set's `questions`, exactly as decoded.
    public var answers: [String]
    public var status: RecordStatus
    /// The respondent's own personal details (name, email) read from personal-data columns:
    /// never reported, only used to redact them from quotes.
    public var personalDetails: [String]
    /// Consent to publish what this respondent said, when the source records it (a story's
    /// `<consent>`, a transcript's `Consent:` line, a survey's consent column); `nil` when not
    /// recorded. Quotes come only from respondents whose consent allows publication.
    public var consent: Consent?
    /// The case the record is about, when the data set names a `case_id` column: links the
    /// respondent's answers to that case's outcomes. Never reported.
    public var caseID: String?

    public init(
        id: String, line: Int, attributes: [String], values: [ItemValue], answers: [String],
        status: RecordStatus, personalDetails: [String] = []
    ) {
        self.id = id
        self.line = line
        self.attributes = attributes
        self.values = values
        self.answers = answers
        self.status = status
        self.personalDetails = personalDetails
    }

    /// Whether any free-text answer holds more than white space: the base of every theme figure.
    public var hasFreeText: Bool {
        answers.contains { !$0.isBlank }
    }
}
