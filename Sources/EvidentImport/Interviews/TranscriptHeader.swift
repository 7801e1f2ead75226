import EvidentModel

/// The `Key: value` lines a transcript may open with, before its first turn:
///
/// ```
/// Northmoor County Council - Early Help evaluation 2018 (parent interviews)
/// Participant: NM-P03
/// Date: 14 March 2018
/// Interviewed by: JB
/// ```
///
/// `Participant` (or `Participant ID`, `Interviewee`, `Respondent`) names who the transcript is
/// about; `Participants` (comma- or semicolon-separated) makes it a focus group. `Name` (or
/// `Participant name`, `Interviewee name`) is a real name, kept only to redact quotes. Other
/// keys are kept as metadata. Write `Interviewed by:`, not `Interviewer:`, in a header: an
/// interviewer label starts a turn. The header ends at the first turn; other lines before it
/// (titles) are neither header nor speech.
enum TranscriptHeader {
    static let participantKeys: Set<String> = [
        "participant", "participant id", "participants", "interviewee", "interviewees", "respondent", "respondent id",
    ]
    static let nameKeys: Set<String> = ["name", "participant name", "interviewee name", "real name"]
    static let otherKeys: Set<String> = [
        "date", "time", "location", "venue", "place", "duration", "length", "interview", "interview id", "interview date",
        "transcript", "transcriber", "transcribed by", "interviewed by", "interviewer name", "project", "study", "site",
        "locality", "group", "recording", "file", "audio", "consent", "notes", "title", "service", "pseudonym", "mode",
    ]

    /// Whether `key` (lower case) is a header key.
    static func isKey(_ key: String) -> Bool {
        participantKeys.contains(key) || nameKeys.contains(key) || otherKeys.contains(key)
    }

    /// Whether `value` can be the value of header key `key` (lower case): participant ids
    /// must each be label-shaped (so "Participant: yes, I'm fine" stays a turn).
    static func accepts(_ value: String, for key: String) -> Bool {
        guard participantKeys.contains(key) else { return true }
        let ids = value.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).trimmedWhitespace }
        return !ids.isEmpty && ids.allSatisfy { SpeakerRules.isLabelShaped(Array($0.unicodeScalars)) }
    }

    /// The participant ids a header names, with the line that names them.
    static func participants(in fields: [TranscriptField]) -> (ids: [String], line: Int)? {
        guard let field = fields.first(where: { participantKeys.contains($0.key.lowercased()) }) else { return nil }
        let ids = field.value.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
        return ids.isEmpty ? nil : (ids, field.line)
    }

    /// The real names a header gives.
    static func names(in fields: [TranscriptField]) -> [String] {
        fields.filter { nameKeys.contains($0.key.lowercased()) }.map(\.value).filter { !$0.isEmpty }
    }
}
