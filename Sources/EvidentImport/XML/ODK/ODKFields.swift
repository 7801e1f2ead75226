import EvidentModel

/// What the fields of an ODK / KoBoToolbox submission mean, beyond the form's own questions.
enum ODKFields {
    /// The respondent id of every submission.
    static let instanceID = "meta/instanceID"

    /// Set on an edited submission: the instanceID of the submission it replaces.
    static let deprecatedID = "meta/deprecatedID"

    /// Why a submission is not used: another one in the same export was edited from it (its
    /// `meta/deprecatedID` names this one's instanceID), so only the edited one counts.
    static func replaced(in table: FieldTable) -> (FieldTable.Row) -> String? {
        guard let deprecated = table.columns.firstIndex(where: { $0.name == deprecatedID }),
              let instance = table.columns.firstIndex(where: { $0.name == instanceID }) else { return { _ in nil } }
        var replacedBy: [String: String] = [:]
        for row in table.rows {
            let old = row.fields[deprecated].trimmedWhitespace
            if !old.isEmpty { replacedBy[old] = row.fields[instance].trimmedWhitespace }
        }
        return { row in
            replacedBy[row.fields[instance].trimmedWhitespace].map { "was replaced by the edited submission '\($0)'" }
        }
    }

    /// ODK submissions as a layout: `meta/instanceID` names respondents; the phone and account
    /// metadata ODK can record are personal data, kept for redaction only.
    static let layout = ExportLayout(
        format: .odkXML, headerRows: 0, respondentIDColumn: instanceID,
        personalColumns: ["phonenumber", "username", "email"], unansweredSentinel: nil
    )

    /// Metadata columns that are never items or free text: `meta/…`, KoBo's `formhub/uuid` and
    /// `__version__`, and the form's `start`, `end`, `today` and device fields.
    static func isMetadata(_ column: ColumnHeader) -> Bool {
        let name = column.name
        if name.hasPrefix("meta/") || name.hasPrefix("formhub/") { return true }
        return metadataNames.contains(name)
    }

    private static let metadataNames: Set<String> = [
        "__version__", "_version_", "start", "end", "today", "deviceid", "subscriberid", "simserial",
        "phonenumber", "username", "email", "audit", "starttime", "endtime",
    ]
}
