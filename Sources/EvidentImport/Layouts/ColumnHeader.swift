/// One column of an export, named the way the manifest refers to it.
public struct ColumnHeader: Sendable, Hashable {
    /// The column's unique name: the header cell for plain CSV and Microsoft Forms, the export
    /// tag for Qualtrics, `<question> - <sub-label>` (or the question) for SurveyMonkey.
    /// A repeated name gets ` (2)`, ` (3)` … appended.
    public var name: String
    /// The question as respondents saw it.
    public var question: String
    /// SurveyMonkey's row-2 label (a matrix row or a multi-select option), when meaningful.
    public var subLabel: String?
    /// Qualtrics' ImportId (`QID1`, `startDate`), when present.
    public var importID: String?

    public init(name: String, question: String, subLabel: String? = nil, importID: String? = nil) {
        self.name = name
        self.question = question
        self.subLabel = subLabel
        self.importID = importID
    }
}
