import EvidentModel
import Foundation

/// LimeSurvey's response export (export-formats notes §1; `CsvWriter.php`): a BOM, every field
/// quoted, `;` or `,` separated, CRLF. Its three heading styles are all recognised:
/// - **question code** — `id,submitdate,lastpage,startlanguage,seed,…` then codes (`Q1`,
///   `Q1[SQ001]`, `M3[other]`); with **full** or **abbreviated** text, the same columns are
///   headed `Response ID,Date submitted,Last page,Start language,…` and question text;
/// - **question code and text** — `id. Response ID`, `submitdate. Date submitted`, `Q1. How
///   confident…`: the code names the column, the text is its question;
/// - **two heading rows** (codes, then text, as a re-saved or R/SPSS-bound export has them):
///   the second row is the questions, never a respondent.
///
/// An empty `submitdate` marks an incomplete response (partial; `lastpage` says where it
/// stopped). Answers exported as "answer codes and text" (`Strongly agree (7)`) are read as
/// their labels; bare answer codes (`A1`, `A2`) are left as they are, for inference to propose
/// a scale of codes. `ipaddr`, `token` and the participant's name and e-mail are personal data.
struct LimeSurveyExport: ExportTool {
    var format: ExportFormat { .limesurvey }

    static let codeHeaders = ["id", "submitdate", "lastpage"]
    static let textHeaders = ["Response ID", "Date submitted", "Last page"]

    enum Headings: Equatable {
        case codes, text, codeAndText, twoRows
    }

    func recognise(_ rows: [[String]]) -> String? {
        switch headings(rows) {
        case .codes?: "id, submitdate, lastpage first"
        case .text?: "Response ID, Date submitted, Last page first"
        case .codeAndText?: "id. Response ID, submitdate. Date submitted first"
        case .twoRows?: "two heading rows: id, submitdate … then Response ID, Date submitted …"
        case nil: nil
        }
    }

    func headings(_ rows: [[String]]) -> Headings? {
        guard let header = rows.first else { return nil }
        if header.starts(withHeaders: Self.codeHeaders) {
            return rows.count >= 2 && rows[1].starts(withHeaders: Self.textHeaders) ? .twoRows : .codes
        }
        if header.starts(withHeaders: Self.textHeaders) { return .text }
        let split = header.prefix(3).map(Self.codeAndText)
        if split.map(\.code).starts(withHeaders: Self.codeHeaders), split.allSatisfy({ $0.text != nil }) { return .codeAndText }
        return nil
    }

    func layout(firstRows rows: [[String]]) -> ExportLayout {
        let style = headings(rows) ?? .codes
        var layout = ExportLayout(
            format: .limesurvey, headerRows: style == .twoRows ? 2 : 1,
            respondentIDColumn: style == .text ? "Response ID" : "id",
            personalColumns: [
                "ipaddr", "token", "firstname", "lastname", "email", "IP address", "Access code", "Token", "First name",
                "Last name", "Email address",
            ],
            unansweredSentinel: nil,
            metadataColumns: [
                "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "refurl", "interviewtime",
                "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action", "Referrer URL",
                "Total time",
            ],
            submittedColumns: ["submitdate", "Date submitted"]
        )
        layout.answersCarryCodes = true
        switch style {
        case .codes, .text: break
        case .codeAndText: layout.variant = "question code and text headings"
        case .twoRows: layout.variant = "two heading rows: question codes, then question text"
        }
        return layout
    }

    func columns(headerRows rows: [[String]], layout: ExportLayout) -> [ColumnHeader] {
        let first = rows.first ?? []
        switch headings(rows) {
        case .twoRows?:
            let texts = rows[1]
            return first.indices.map { index in
                let code = first[index].trimmedWhitespace
                let text = index < texts.count ? texts[index].trimmedWhitespace : ""
                return ColumnHeader(name: code, question: text.isEmpty ? code : text)
            }
        case .codeAndText?:
            return first.map { cell in
                let split = Self.codeAndText(cell)
                return ColumnHeader(name: split.code, question: split.text ?? split.code)
            }
        default:
            return first.map { cell in
                let name = cell.trimmedWhitespace
                return ColumnHeader(name: name, question: name)
            }
        }
    }

    /// `Q1. How confident are you…` → (`Q1`, `How confident are you…`): a code (letters,
    /// digits, `_`, `[`, `]`, `#`) then `. `; the whole cell as the code otherwise.
    static func codeAndText(_ cell: String) -> (code: String, text: String?) {
        let trimmed = cell.trimmedWhitespace
        guard let dot = trimmed.range(of: ". ") else { return (trimmed, nil) }
        let code = trimmed[..<dot.lowerBound]
        let isCode = !code.isEmpty && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_[]#".contains($0)) }
        guard isCode else { return (trimmed, nil) }
        return (String(code), String(trimmed[dot.upperBound...]).trimmedWhitespace)
    }
}
