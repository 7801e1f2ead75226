import EvidentModel

/// SurveyMonkey's CSV and Excel export (export-formats notes §1): two header rows. Row 1 holds
/// the metadata columns (`Respondent ID,Collector ID,Start Date,End Date,IP Address,Email
/// Address,First Name,Last Name,Custom Data 1`) and each question's text in the first column
/// of its group; row 2 holds `Response`, `Open-Ended Response`, or a sub-question or option
/// label under each question.
///
/// Recognised also after editing in Excel: metadata columns removed or reordered, columns
/// added — `Respondent ID` anywhere in row 1, or row 2 holding `Response` / `Open-Ended
/// Response` under a question, is enough. Columns are keyed by (question, row-2 label): a
/// blank row-1 cell continues the question before it, unless row 2 is blank there too (a
/// column added by hand).
struct SurveyMonkeyExport: ExportTool {
    var format: ExportFormat { .surveymonkey }

    /// Labels SurveyMonkey writes in row 2 that are not sub-questions.
    static let plainLabels: Set<String> = ["", "response", "open-ended response"]
    static let metadata = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"]

    func recognise(_ rows: [[String]]) -> String? {
        guard let header = rows.first else { return nil }
        if header.starts(withHeaders: ["Respondent ID", "Collector ID"]) {
            return "two header rows: Respondent ID, Collector ID … then sub-question labels"
        }
        let markers = rows.count >= 2 ? rows[1].filter { ["response", "open-ended response"].contains($0.trimmedWhitespace.lowercased()) }.count : 0
        if rows.count >= 2, let id = header.firstIndex(where: { $0.trimmedWhitespace.lowercased() == "respondent id" }),
           id >= rows[1].count || rows[1][id].trimmedWhitespace.isEmpty {
            return "two header rows: Respondent ID … then sub-question labels"
        }
        if markers > 0 {
            return "two header rows: questions, then Response / Open-Ended Response labels"
        }
        return nil
    }

    func layout(firstRows rows: [[String]]) -> ExportLayout {
        var layout = ExportLayout(
            format: .surveymonkey, headerRows: 2, respondentIDColumn: "Respondent ID",
            personalColumns: ["IP Address", "Email Address", "First Name", "Last Name"], unansweredSentinel: nil,
            metadataColumns: ["Collector ID", "Start Date", "End Date", "Custom Data 1"]
        )
        if let header = rows.first, !header.starts(withHeaders: ["Respondent ID", "Collector ID"]) {
            layout.variant = "edited after export: the metadata columns are not as SurveyMonkey writes them"
        }
        return layout
    }

    func columns(headerRows rows: [[String]], layout: ExportLayout) -> [ColumnHeader] {
        let first = rows.first ?? []
        let labels = rows.count > 1 ? rows[1] : []
        var question = ""
        return first.indices.map { index in
            let cell = first[index].trimmedWhitespace
            let label = index < labels.count ? labels[index].trimmedWhitespace : ""
            if !cell.isEmpty {
                question = cell
            } else if label.isEmpty {
                question = ""
            }
            if Self.plainLabels.contains(label.lowercased()) || question.isEmpty {
                let name = question.isEmpty ? label : question
                return ColumnHeader(name: name, question: name)
            }
            return ColumnHeader(name: "\(question) - \(label)", question: question, subLabel: label)
        }
    }
}
