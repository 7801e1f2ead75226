public import EvidentModel

/// What each delimited export layout means: how many header rows it has, which column names
/// respondents, which columns hold personal data, and how it marks partial or unusable
/// responses (study spec §3, export-formats notes §1).
public struct ExportLayout: Sendable, Hashable {
    public var format: ExportFormat
    /// Rows before the data.
    public var headerRows: Int
    /// The id column this layout always has, used when the manifest names none.
    public var respondentIDColumn: String?
    /// Columns holding personal data: never reported, only used to redact quotes.
    public var personalColumns: Set<String>
    /// A value meaning "seen but unanswered", read as blank (Qualtrics `-99`).
    public var unansweredSentinel: String?
    /// Columns about the response rather than its answers (timestamps, status, language),
    /// never items or free text; compared ignoring case.
    public var metadataColumns: Set<String> = []
    /// Columns that are blank when the respondent did not submit (LimeSurvey's `submitdate`):
    /// such a record is partial. The first one the file has is used.
    public var submittedColumns: [String] = []

    public static func of(_ format: ExportFormat) -> ExportLayout {
        switch format {
        case .surveymonkey:
            ExportLayout(
                format: format, headerRows: 2, respondentIDColumn: "Respondent ID",
                personalColumns: ["IP Address", "Email Address", "First Name", "Last Name"], unansweredSentinel: nil,
                metadataColumns: ["Collector ID", "Start Date", "End Date", "Custom Data 1"]
            )
        case .qualtrics:
            ExportLayout(
                format: format, headerRows: 3, respondentIDColumn: "ResponseId",
                personalColumns: [
                    "IPAddress", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                    "LocationLatitude", "LocationLongitude",
                ],
                unansweredSentinel: "-99",
                metadataColumns: [
                    "StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
                    "ExternalReference", "DistributionChannel", "UserLanguage", "Q_RecaptchaScore", "Q_RelevantIDDuplicate",
                ]
            )
        case .msforms:
            ExportLayout(
                format: format, headerRows: 1, respondentIDColumn: "ID", personalColumns: ["Email", "Name"],
                unansweredSentinel: nil,
                metadataColumns: ["Start time", "Completion time", "Last modified time", "Total points", "Quiz feedback"]
            )
        case .googleForms:
            // One header row, every field quoted: `Timestamp` (`2016/10/30 3:08:44 PM GMT+1`), an
            // optional `Email Address`, then one column per question (`Question [Row]` for grids).
            ExportLayout(
                format: format, headerRows: 1, respondentIDColumn: nil, personalColumns: ["Email Address", "Email address"],
                unansweredSentinel: nil, metadataColumns: ["Timestamp", "Score"]
            )
        case .limesurvey:
            // `id;submitdate;lastpage;startlanguage;seed;[token;]startdate;datestamp;ipaddr;refurl`, then
            // question codes (`Q1[SQ001]`); an incomplete response has an empty `submitdate`.
            ExportLayout(
                format: format, headerRows: 1, respondentIDColumn: "id", personalColumns: ["ipaddr", "token"],
                unansweredSentinel: nil,
                metadataColumns: [
                    "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "refurl", "interviewtime",
                ],
                submittedColumns: ["submitdate", "Date submitted"]
            )
        case .csv, .auto, .odkXML, .qualtricsXML, .mscXML, .transcripts:
            ExportLayout(format: .csv, headerRows: 1, respondentIDColumn: nil, personalColumns: [], unansweredSentinel: nil)
        }
    }

    /// Recognises a layout from the first rows of a file: Qualtrics by its ImportId row,
    /// SurveyMonkey by its metadata columns or its `Response` / `Open-Ended Response` row,
    /// Microsoft Forms, Google Forms and LimeSurvey by their leading columns; plain CSV otherwise.
    public static func detect(firstRows rows: [[String]]) -> ExportFormat {
        guard let header = rows.first else { return .csv }
        let trimmed = header.map { $0.trimmedWhitespace }
        if rows.count >= 3 {
            let importIDs = rows[2].filter { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") }
            if importIDs.count * 2 >= rows[2].count { return .qualtrics }
        }
        if trimmed.starts(with: ["Respondent ID", "Collector ID"]) { return .surveymonkey }
        if rows.count >= 2, rows[1].contains(where: { $0 == "Response" || $0 == "Open-Ended Response" }) {
            return .surveymonkey
        }
        if trimmed.starts(with: ["ID", "Start time", "Completion time"]) { return .msforms }
        if trimmed.first == "Timestamp" { return .googleForms }
        if trimmed.starts(with: ["id", "submitdate", "lastpage"]) || trimmed.starts(with: ["Response ID", "Date submitted", "Last page"]) {
            return .limesurvey
        }
        return .csv
    }
}
