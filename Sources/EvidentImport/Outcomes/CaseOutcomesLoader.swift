public import EvidentModel

/// Loads a `case-outcomes` data set: one row per case with how it closed, whether it stepped
/// up to children's social care during or after early help, whether it was re-referred, and
/// when it opened and closed.
///
/// Rules (docs/outcomes.md): a row is **rejected** when its case id is blank or repeats an
/// earlier row's (one record per case; an exact repeat is called a duplicate). A value that
/// cannot be read — a date that is not one, a closing date before the opening, a closure reason
/// in none of the `needs_met` lists, a flag other than yes/no — makes the row **partial** and is
/// listed; so does a blank in a mapped column, except those of a case still open (no closing
/// date). Re-referral read from dates counts a case as re-referred when the date falls within
/// the window after closure (blank: not re-referred); a case closed less than a window before
/// `as_of` (default: the latest date in the file) is left out of that figure and counted.
public enum CaseOutcomesLoader {
    public static func load(_ spec: DatasetSpec) throws(InputError) -> Dataset {
        guard let cases = spec.cases else {
            throw InputError("data set '\(spec.id)' has no cases: block", at: spec.declaredAt)
        }
        let table = try OutcomeTable.read(spec)
        let columns = try CaseColumns(spec: spec, cases: cases, table: table)
        var reader = CaseRowReader(dataset: spec.id, spec: cases, columns: columns, table: table)
        for record in table.records { reader.add(record) }
        var diagnostics = table.notes + reader.notes()
        for warning in reader.dates.warnings { diagnostics.append(.warning(warning, at: SourceLocation(file: table.file))) }
        var dataset = Dataset(
            id: spec.id, kind: spec.kind, wave: spec.wave, file: table.file, format: .csv, encoding: table.encoding,
            sha256: table.sha256, invited: spec.invited, attributes: spec.attributes, items: [], questions: [], respondents: [],
            accounting: reader.accounting, rejections: reader.rejections, diagnostics: diagnostics
        )
        dataset.caseOutcomes = CaseOutcomeSet(
            records: reader.records, reReferralWindowDays: reader.window, asOf: reader.asOf,
            reReferralNotYetKnown: reader.notYetKnown, involvementMonths: cases.involvementMonths
        )
        return dataset
    }
}

/// Where a case-outcomes file keeps each thing the loader needs.
struct CaseColumns {
    let caseID: Int
    let opened: Int?
    let closed: Int?
    let closure: Int?
    let stepUpDuring: Int?
    let stepUpAfter: Int?
    let reReferral: Int?
    let attributes: [Int]
    let count: Int

    init(spec: DatasetSpec, cases: CaseOutcomesSpec, table: OutcomeTable) throws(InputError) {
        let resolver = table.resolver
        let at = spec.declaredAt
        func column(_ name: String?, _ what: String) throws(InputError) -> Int? {
            guard let name else { return nil }
            return try resolver.index(of: name, for: what, declaredAt: at)
        }
        caseID = try resolver.index(of: cases.caseColumn, for: "case_id", declaredAt: at)
        opened = try column(cases.openedColumn, "opened")
        closed = try column(cases.closedColumn, "closed")
        closure = try column(cases.closureColumn, "closure_reason")
        stepUpDuring = try column(cases.stepUpDuringColumn, "step_up_during")
        stepUpAfter = try column(cases.stepUpAfterColumn, "step_up_after")
        reReferral = try column(cases.reReferralColumn, "re_referral")
        var attributes: [Int] = []
        for name in spec.attributes { attributes.append(try resolver.index(of: name, for: "attribute '\(name)'", declaredAt: at)) }
        self.attributes = attributes
        count = table.columns.count
    }
}
