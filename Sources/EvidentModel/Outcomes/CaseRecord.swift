/// What happened to one case, from a `case-outcomes` data set: how it closed, whether it
/// stepped up to children's social care, whether it came back, how long it was open.
/// Every field is `nil` when the file does not say (or the manifest does not map it).
public struct CaseRecord: Sendable, Hashable {
    /// How far the family's needs were met when the case closed.
    public enum NeedsMet: String, Sendable, Hashable, CaseIterable {
        case fully
        case partly
        case not
        /// Closed for a reason that says nothing about needs (moved away, transferred):
        /// outside the needs-met base.
        case other
    }

    public var caseID: String
    public var line: Int
    /// Aligned with the data set's attributes.
    public var attributes: [String]
    public var opened: CalendarDay?
    public var closed: CalendarDay?
    public var needsMet: NeedsMet?
    public var stepUpDuring: Bool?
    public var stepUpAfter: Bool?
    /// Re-referred within the window; `nil` when unknown or when the window had not passed by
    /// the data's `as_of` date.
    public var reReferred: Bool?

    public init(
        caseID: String, line: Int, attributes: [String], opened: CalendarDay? = nil, closed: CalendarDay? = nil,
        needsMet: NeedsMet? = nil, stepUpDuring: Bool? = nil, stepUpAfter: Bool? = nil, reReferred: Bool? = nil
    ) {
        self.caseID = caseID
        self.line = line
        self.attributes = attributes
        self.opened = opened
        self.closed = closed
        self.needsMet = needsMet
        self.stepUpDuring = stepUpDuring
        self.stepUpAfter = stepUpAfter
        self.reReferred = reReferred
    }

    /// Days from opening to closing; `nil` while open or when a date is missing.
    public var involvementDays: Int? {
        guard let opened, let closed, closed >= opened else { return nil }
        return closed.days - opened.days
    }
}

/// The cases of a `case-outcomes` data set and the rules they were read by.
public struct CaseOutcomeSet: Sendable, Hashable {
    public var records: [CaseRecord]
    /// The re-referral window in days, when re-referral is read from dates (or stated).
    public var reReferralWindowDays: Int?
    /// The date the data were extracted: cases closed less than a window before it cannot show
    /// a re-referral yet and are left out of that figure.
    public var asOf: CalendarDay?
    /// Closed cases whose re-referral window had not passed by `asOf`.
    public var reReferralNotYetKnown: Int
    /// Lengths of involvement, in months, whose "longer than" shares are reported.
    public var involvementMonths: [Int]

    public init(
        records: [CaseRecord], reReferralWindowDays: Int? = nil, asOf: CalendarDay? = nil, reReferralNotYetKnown: Int = 0,
        involvementMonths: [Int] = [6, 12]
    ) {
        self.records = records
        self.reReferralWindowDays = reReferralWindowDays
        self.asOf = asOf
        self.reReferralNotYetKnown = reReferralNotYetKnown
        self.involvementMonths = involvementMonths
    }
}
