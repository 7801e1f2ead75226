/// How an `outcome-readings` data set's columns are read (the manifest's `readings:` block).
///
/// Rules for turning rows into journeys (docs/outcomes.md says the same):
/// - A reading is **rejected** when its case id or date is blank or not a date, when every
///   domain is blank, when it is not approved (with `approved:` named), or when a later row
///   gives the same case and date (that row supersedes it: trackers re-enter corrections).
///   A row repeating another exactly is rejected as a duplicate.
/// - A reading is **partial** when some domains are blank or invalid (each invalid value is
///   listed); **complete** when every domain holds a valid reading.
/// - Readings are ordered by date, whatever their order in the file; cases whose rows were out
///   of order are counted. The first reading is the earliest, the latest the last; a case with
///   one usable reading has no change.
public struct OutcomeReadingsSpec: Sendable, Hashable {
    /// The tool: built in (`family-star-plus`) or defined under the manifest's `tools:`.
    public var tool: OutcomeTool
    public var caseColumn: String
    public var dateColumn: String
    /// Domain id → column; domains not listed are looked for by label, then by id.
    public var domainColumns: [String: String]
    /// The worker-approved flag's column, when the export has one.
    public var approvedColumn: String?
    /// Values meaning approved, compared case-insensitively after trimming.
    public var approvedValues: [String]
    /// How a date such as `03/04/2016` is read when the column does not show (default day first).
    public var dayFirst: Bool
    /// The progress matrix's bands; the tool's default when `nil`.
    public var bands: ProgressBands?

    public static let defaultApprovedValues = ["yes", "y", "true", "1", "approved"]

    public init(
        tool: OutcomeTool = .familyStarPlus, caseColumn: String, dateColumn: String, domainColumns: [String: String] = [:],
        approvedColumn: String? = nil, approvedValues: [String] = Self.defaultApprovedValues, dayFirst: Bool = true,
        bands: ProgressBands? = nil
    ) {
        self.tool = tool
        self.caseColumn = caseColumn
        self.dateColumn = dateColumn
        self.domainColumns = domainColumns
        self.approvedColumn = approvedColumn
        self.approvedValues = approvedValues
        self.dayFirst = dayFirst
        self.bands = bands
    }
}

/// How a `case-outcomes` data set's columns are read (the manifest's `cases:` block). Every
/// field but the case id is optional: a figure whose column is not named is not reported.
public struct CaseOutcomesSpec: Sendable, Hashable {
    public var caseColumn: String
    public var openedColumn: String?
    public var closedColumn: String?
    public var closureColumn: String?
    /// Closure reasons (compared case-insensitively after trimming) for each needs-met answer;
    /// `.other` lists reasons outside the needs-met base. A reason in no list is invalid.
    public var closureReasons: [CaseRecord.NeedsMet: [String]]
    public var stepUpDuringColumn: String?
    public var stepUpAfterColumn: String?
    /// A yes/no column, or a column of re-referral dates (blank: not re-referred).
    public var reReferralColumn: String?
    public var reReferralWindowDays: Int?
    public var asOf: CalendarDay?
    public var involvementMonths: [Int]
    public var dayFirst: Bool

    public init(
        caseColumn: String, openedColumn: String? = nil, closedColumn: String? = nil, closureColumn: String? = nil,
        closureReasons: [CaseRecord.NeedsMet: [String]] = [:], stepUpDuringColumn: String? = nil,
        stepUpAfterColumn: String? = nil, reReferralColumn: String? = nil, reReferralWindowDays: Int? = nil,
        asOf: CalendarDay? = nil, involvementMonths: [Int] = [6, 12], dayFirst: Bool = true
    ) {
        self.caseColumn = caseColumn
        self.openedColumn = openedColumn
        self.closedColumn = closedColumn
        self.closureColumn = closureColumn
        self.closureReasons = closureReasons
        self.stepUpDuringColumn = stepUpDuringColumn
        self.stepUpAfterColumn = stepUpAfterColumn
        self.reReferralColumn = reReferralColumn
        self.reReferralWindowDays = reReferralWindowDays
        self.asOf = asOf
        self.involvementMonths = involvementMonths
        self.dayFirst = dayFirst
    }
}
