import EvidentModel

/// What the fields of a Qualtrics XML response mean: the same rules as the CSV layout
/// (`QualtricsExport`), under the XML export's element names.
enum QualtricsXMLFields {
    /// A layout that `RecordPlan` treats as Qualtrics (`finished`, `progress` and `status`
    /// found by name, `-99` read as unanswered), naming respondents by `_recordId` (or the
    /// legacy `ResponseID`) when the file has it.
    static func layout(columns: [ColumnHeader]) -> ExportLayout {
        let names = Set(columns.map(\.name))
        let id = ["_recordId", "ResponseID", "ResponseId", "responseId"].first { names.contains($0) }
        var layout = ExportLayout(
            format: .qualtrics, headerRows: 0, respondentIDColumn: id,
            personalColumns: [
                "ipAddress", "IPAddress", "recipientLastName", "recipientFirstName", "recipientEmail",
                "locationLatitude", "locationLongitude",
            ],
            unansweredSentinel: "-99"
        )
        layout.statusColumn = "status"
        layout.finishedColumn = "finished"
        layout.progressColumn = "progress"
        return layout
    }

    /// Response metadata, never items or free text.
    static func isMetadata(_ column: ColumnHeader) -> Bool {
        metadataNames.contains(column.name.lowercased())
    }

    private static let metadataNames: Set<String> = [
        "startdate", "enddate", "status", "ipaddress", "progress", "duration", "duration__in_seconds_", "finished",
        "recordeddate", "_recordid", "responseid", "recipientlastname", "recipientfirstname", "recipientemail",
        "externaldatareference", "externalreference", "locationlatitude", "locationlongitude", "distributionchannel",
        "userlanguage",
    ]
}
