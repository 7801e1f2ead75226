import EvidentModel

/// Qualtrics' CSV export (export-formats notes §1): three header rows — export tags, question
/// text (localised), ImportId JSON (`{"ImportId":"QID1"}`, or `{'ImportId': 'QID1'}` in the
/// 2016–2017 "Insights" exports) — then one row per response. `Status` previews, tests and
/// spam are rejected; `Finished` 0 or `Progress` under 100 make a response partial; `-99`
/// (seen but unanswered) reads as blank.
struct QualtricsExport: ExportTool {
    var format: ExportFormat { .qualtrics }

    func recognise(_ rows: [[String]]) -> String? {
        guard rows.count >= 3 else { return nil }
        let importIDs = rows[2].filter { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") }
        guard !importIDs.isEmpty, importIDs.count * 2 >= rows[2].count else { return nil }
        return "three header rows: export tags, question text, ImportId"
    }

    func layout(firstRows rows: [[String]]) -> ExportLayout {
        var layout = ExportLayout(
            format: .qualtrics, headerRows: 3, respondentIDColumn: "ResponseId",
            personalColumns: [
                "IPAddress", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "LocationLatitude",
                "LocationLongitude",
            ],
            unansweredSentinel: "-99",
            metadataColumns: [
                "StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
                "ExternalReference", "ExternalDataReference", "ResponseSet", "DistributionChannel", "UserLanguage",
                "Q_RecaptchaScore", "Q_RelevantIDDuplicate", "LocationAccuracy",
            ]
        )
        layout.statusColumn = "Status"
        layout.finishedColumn = "Finished"
        layout.progressColumn = "Progress"
        layout.multiSelectSeparator = ","
        if rows.count >= 3, rows[2].contains(where: { $0.hasPrefix("{'ImportId'") }) {
            layout.variant = "2016–2017 \"Insights\" export (single-quoted ImportId)"
        }
        return layout
    }

    func columns(headerRows rows: [[String]], layout: ExportLayout) -> [ColumnHeader] {
        let first = rows.first ?? []
        let texts = rows.count > 1 ? rows[1] : []
        let ids = rows.count > 2 ? rows[2] : []
        return first.indices.map { index in
            let name = first[index].trimmedWhitespace
            let text = index < texts.count ? texts[index].trimmedWhitespace : name
            return ColumnHeader(
                name: name, question: text.isEmpty ? name : text,
                importID: index < ids.count ? HeaderBuilder.importID(in: ids[index]) : nil
            )
        }
    }
}
