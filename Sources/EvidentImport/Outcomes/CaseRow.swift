import EvidentModel

/// One case-outcome row being read: its fields, and the invalid or missing values found so far.
struct CaseRow {
    let caseID: String
    let location: SourceLocation
    let fields: [String]
    let dataset: String
    /// The file's column names, to name the column of an invalid value.
    let names: [String]
    private(set) var rejections: [Rejection] = []
    private(set) var isComplete = true

    init(caseID: String, location: SourceLocation, fields: [String], dataset: String, names: [String]) {
        self.names = names
        self.caseID = caseID
        self.location = location
        self.fields = fields
        self.dataset = dataset
    }

    /// Marks a blank where a value was expected.
    mutating func missing() {
        isComplete = false
    }

    /// Lists an invalid value; the row becomes partial.
    mutating func invalid(_ column: Int, _ reason: String, value: String? = nil) {
        isComplete = false
        rejections.append(Rejection(
            kind: .invalidValue, dataset: dataset, location: location, respondent: caseID,
            column: names[column], value: value ?? fields[column].trimmedWhitespace, reason: reason
        ))
    }

    /// The date in `column`; blank is missing unless `blankIsFine`.
    mutating func day(_ column: Int?, _ dates: CalendarDates?, what: String, blankIsFine: Bool = false) -> CalendarDay? {
        guard let column, let dates else { return nil }
        let text = fields[column].trimmedWhitespace
        if text.isEmpty {
            if !blankIsFine { missing() }
            return nil
        }
        guard let day = dates.day(text) else {
            invalid(column, "'\(text)' is not a date (\(what))", value: text)
            return nil
        }
        return day
    }

    /// A yes/no flag; blank is missing unless `blankIsFine`.
    mutating func flag(_ column: Int?, blankIsFine: Bool) -> Bool? {
        guard let column else { return nil }
        let text = fields[column].trimmedWhitespace
        let folded = text.lowercased()
        if CaseRowReader.yes.contains(folded) { return true }
        if CaseRowReader.no.contains(folded) { return false }
        if text.isEmpty {
            if !blankIsFine { missing() }
            return nil
        }
        invalid(column, "'\(text)' is neither yes nor no", value: text)
        return nil
    }
}
