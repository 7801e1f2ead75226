/// What a data set holds, which decides how it is read and reported (study spec §2).
public enum DatasetKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Staff confidence and views: scale items, attributes, free text. Annual waves.
    case practitionerSurvey = "practitioner-survey"
    /// Parents', children's and young people's feedback, usually at case closure.
    case serviceUserFeedback = "service-user-feedback"
    /// Most Significant Change stories.
    case mscStories = "msc-stories"
    /// Interview and focus-group transcripts.
    case interviews
    /// Workers' readings of families on an outcomes tool (Family Star Plus), one row per reading.
    case outcomeReadings = "outcome-readings"
    /// One row per case: how it closed, step-up to social care, re-referral, length of involvement.
    case caseOutcomes = "case-outcomes"
}

/// The layout of an export file (study spec §3). `auto` asks the importer to recognise it.
public enum ExportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case auto
    case csv
    case surveymonkey
    case qualtrics
    /// Qualtrics' legacy CSV export (`V1,V2,…` then `ResponseID,ResponseSet,…`).
    case qualtricsLegacy = "qualtrics-legacy"
    case msforms
    case googleForms = "google-forms"
    case limesurvey
    case odkXML = "odk-xml"
    case qualtricsXML = "qualtrics-xml"
    case mscXML = "msc-xml"
    /// A folder of interview transcripts (`.txt`, `.md`, `.docx`).
    case transcripts
}
