/// The readings of an `outcome-readings` data set, reduced to one journey per case, with the
/// counts the appendix states about how they were reduced.
public struct OutcomeReadingSet: Sendable, Hashable {
    public var tool: OutcomeTool
    public var bands: ProgressBands
    /// Journeys in order of each case's first appearance in the file.
    public var journeys: [CaseJourney]
    /// Cases whose readings were not in date order in the file (they were ordered by date).
    public var casesOutOfOrder: Int
    /// Readings left out because the worker had not approved them.
    public var unapproved: Int
    /// Readings replaced by a later row for the same case and date.
    public var superseded: Int

    public init(
        tool: OutcomeTool, bands: ProgressBands, journeys: [CaseJourney], casesOutOfOrder: Int = 0, unapproved: Int = 0,
        superseded: Int = 0
    ) {
        self.tool = tool
        self.bands = bands
        self.journeys = journeys
        self.casesOutOfOrder = casesOutOfOrder
        self.unapproved = unapproved
        self.superseded = superseded
    }

    /// Cases with a first and a latest reading on different dates.
    public var casesWithChange: Int { journeys.filter { $0.latest != nil }.count }
}
