import EvidentModel

/// Qualtrics' legacy CSV export (before 2017; export-formats notes §1): two header rows. The
/// first holds `V1,V2,…,V10` for the response metadata, then export tags (`Q1`, `Q2_1`); the
/// second names the metadata (`ResponseID,ResponseSet,Name,ExternalDataReference,
/// EmailAddress,IPAddress,Status,StartDate,EndDate,Finished`) and gives each question's text.
/// Both end with a trailing comma, so every row has a blank last field.
///
/// Metadata columns are named by their row-2 name (`ResponseID`), questions by their tag
/// (`Q1`) with the row-2 text as the question. The second header row is never a respondent.
/// `Status` ≠ 0 (previews, tests, spam) is rejected with its reason; `Finished` 0 is partial.
/// `Name`, `EmailAddress`, `IPAddress` and the location are personal data.
struct QualtricsLegacyExport: ExportTool {
    var format: ExportFormat { .qualtricsLegacy }

    static let metadataNames = [
        "ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress", "IPAddress", "Status", "StartDate",
        "EndDate", "Finished",
    ]

    func recognise(_ rows: [[String]]) -> String? {
        guard rows.count >= 2, rows[0].starts(withHeaders: ["V1", "V2", "V3"]),
              rows[1].starts(withHeaders: ["ResponseID", "ResponseSet"]) else { return nil }
        return "two header rows: V1, V2 … then ResponseID, ResponseSet …"
    }

    func layout(firstRows rows: [[String]]) -> ExportLayout {
        var layout = ExportLayout(
            format: .qualtricsLegacy, headerRows: 2, respondentIDColumn: "ResponseID",
            personalColumns: ["Name", "EmailAddress", "IPAddress", "LocationLatitude", "LocationLongitude"],
            unansweredSentinel: "-99",
            metadataColumns: ["ResponseSet", "ExternalDataReference", "Status", "StartDate", "EndDate", "Finished", "LocationAccuracy"]
        )
        layout.statusColumn = "Status"
        layout.finishedColumn = "Finished"
        layout.multiSelectSeparator = ","
        return layout
    }

    func columns(headerRows rows: [[String]], layout: ExportLayout) -> [ColumnHeader] {
        let tags = rows.first ?? []
        let texts = rows.count > 1 ? rows[1] : []
        return tags.indices.map { index in
            let tag = tags[index].trimmedWhitespace
            let text = index < texts.count ? texts[index].trimmedWhitespace : ""
            if Self.isMetadataTag(tag) || tag == text || tag.isEmpty {
                let name = text.isEmpty ? tag : text
                return ColumnHeader(name: name, question: name)
            }
            return ColumnHeader(name: tag, question: text.isEmpty ? tag : text)
        }
    }

    /// `V1` … `V10`: the legacy export's tags for response metadata.
    static func isMetadataTag(_ tag: String) -> Bool {
        tag.first == "V" && tag.count > 1 && tag.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
