import EvidentModel

/// Qualtrics' `Status` column: 0 (IP Address), 4 (Imported) and 16 (Offline) are real
/// responses; previews, tests and spam are not (export-formats notes §1).
enum QualtricsStatus {
    /// Why a record with this status is not a response, or `nil` when it is one.
    static func rejection(_ raw: String) -> String? {
        switch raw.trimmedWhitespace.lowercased() {
        case "1", "survey preview", "preview": "is a Qualtrics survey preview (Status 1), not a response"
        case "2", "survey test", "test": "is a Qualtrics test response (Status 2), not a response"
        case "8", "spam": "was marked as spam by Qualtrics (Status 8)"
        case "9", "preview spam": "is a Qualtrics preview marked as spam (Status 9)"
        case "17", "offline preview": "is a Qualtrics offline survey preview (Status 17)"
        default: nil
        }
    }
}

