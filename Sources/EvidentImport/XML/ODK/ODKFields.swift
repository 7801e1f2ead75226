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

    /// The form a data set of submissions answers: the one most of them answer (the first met,
    /// on a tie); `nil` when they all answer one form. A folder of submissions often gathers
    /// several forms' instances, and one of another form counted here would be a respondent of
    /// a survey they never saw.
    static func mainForm(of forms: [String]) -> (form: String, count: Int)? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for form in forms {
            if counts[form] == nil { order.append(form) }
            counts[form, default: 0] += 1
        }
        guard order.count > 1 else { return nil }
        let main = order.reduce(order[0]) { counts[$1, default: 0] > counts[$0, default: 0] ? $1 : $0 }
        return (main, counts[main, default: 0])
    }

    /// A submission of another form, kept only as its instanceID: its fields are not the data
    /// set's columns, so none of them is inferred as an item or free text.
    static func stripped(_ record: XMLRecord) -> XMLRecord {
        var record = record
        record.leaves = record.leaves.filter { $0.steps.map(\.name) == ["meta", "instanceID"] }
        return record
    }

    /// Why a submission is not used: it answers another form than the data set's (`mainForm`).
    static func otherForm(in table: FieldTable) -> (FieldTable.Row) -> String? {
        guard let found = mainForm(of: table.rows.compactMap(\.form)) else { return { _ in nil } }
        let (main, count) = found
        return { row in
            guard let form = row.form, form != main else { return nil }
            return "is a submission of form '\(form)'; the data set's form is '\(main)' (\(count) submission\(count == 1 ? "" : "s"))"
        }
    }

    /// Every reason a submission is not used, the first that applies.
    static func rejection(in table: FieldTable) -> (FieldTable.Row) -> String? {
        let otherForm = otherForm(in: table)
        let replaced = replaced(in: table)
        return { row in otherForm(row) ?? replaced(row) }
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
