public import EvidentModel

/// What one export's columns mean: how many header rows it has, which column names
/// respondents, which columns hold personal data or metadata, and how it marks partial or
/// unusable responses (study spec §3, export-formats notes §1).
///
/// Each survey tool's rules live in one `ExportTool` (`Tools/`); `ExportTools.all` lists them.
/// A layout is what a tool says about one file: LimeSurvey's, for instance, has one header row
/// or two depending on the heading style the file was exported with.
public struct ExportLayout: Sendable, Hashable {
    public var format: ExportFormat
    /// Rows before the data.
    public var headerRows: Int
    /// The id column this layout always has, used when the manifest names none.
    public var respondentIDColumn: String?
    /// Columns holding personal data: never reported, only used to redact quotes; compared
    /// ignoring case. Inference relies on them (`ColumnClassifier`).
    public var personalColumns: Set<String>
    /// A value meaning "seen but unanswered", read as blank (Qualtrics `-99`).
    public var unansweredSentinel: String?
    /// Columns about the response rather than its answers (timestamps, status, language),
    /// never items or free text; compared ignoring case.
    public var metadataColumns: Set<String> = []
    /// Columns that are blank when the respondent did not submit (LimeSurvey's `submitdate`):
    /// such a record is partial. The first one the file has is used.
    public var submittedColumns: [String] = []
    /// Qualtrics' `Status` column: a record whose status is a preview, test or spam is
    /// rejected with its reason (`QualtricsStatus`).
    public var statusColumn: String?
    /// Qualtrics' `Finished` (1/0, True/False): not finished makes the record partial.
    public var finishedColumn: String?
    /// Qualtrics' `Progress` (0–100): under 100 makes the record partial.
    public var progressColumn: String?
    /// How the tool joins the options of a multi-select answer (`;` for Microsoft Forms, `, `
    /// for Google Forms, a space for ODK), when it has multi-select answers in one column.
    public var multiSelectSeparator: String?
    /// Whether answers may carry their answer code after the label (`Strongly agree (7)`,
    /// LimeSurvey's "answer codes and text"): such an answer is read as its label.
    public var answersCarryCodes = false
    /// The heading style or version the file was recognised by (`question code and text
    /// headings`), for `evident inspect`; `nil` for the tool's usual style.
    public var variant: String?

    public init(
        format: ExportFormat, headerRows: Int, respondentIDColumn: String?, personalColumns: Set<String>,
        unansweredSentinel: String?, metadataColumns: Set<String> = [], submittedColumns: [String] = []
    ) {
        self.format = format
        self.headerRows = headerRows
        self.respondentIDColumn = respondentIDColumn
        self.personalColumns = personalColumns
        self.unansweredSentinel = unansweredSentinel
        self.metadataColumns = metadataColumns
        self.submittedColumns = submittedColumns
    }

    /// The layout of `format` for a file whose first rows are `rows` (some tools have several
    /// heading styles).
    public static func of(_ format: ExportFormat, firstRows rows: [[String]] = []) -> ExportLayout {
        ExportTools.tool(for: format).layout(firstRows: rows)
    }

    /// Recognises a layout from the first rows of a file (`ExportTools.recognise`); plain CSV
    /// when no tool claims it.
    public static func detect(firstRows rows: [[String]]) -> ExportFormat {
        ExportTools.recognise(rows).tool.format
    }

    /// An answer as the scale reads it: the "seen but unanswered" marker is blank, and an
    /// answer carrying its code (`Strongly agree (7)`) is its label where the layout writes
    /// codes after labels.
    public func answer(_ value: String) -> String {
        if let unansweredSentinel, value.trimmedWhitespace == unansweredSentinel { return "" }
        if answersCarryCodes, let label = AnswerCode.label(of: value) { return label }
        return value
    }
}
