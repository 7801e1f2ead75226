/// One reading of a case on an outcomes tool: a worker's ratings of every domain on one date.
public struct OutcomeReading: Sendable, Hashable {
    public var caseID: String
    public var date: CalendarDay
    /// The physical line the reading's record starts on.
    public var line: Int
    /// Aligned with the tool's domains: the valid reading, or `nil` when blank or invalid.
    public var values: [Double?]

    public init(caseID: String, date: CalendarDay, line: Int, values: [Double?]) {
        self.caseID = caseID
        self.date = date
        self.line = line
        self.values = values
    }

    /// The mean of the domains read, or `nil` when none was.
    public var average: Double? {
        let read = values.compactMap { $0 }
        return read.isEmpty ? nil : read.reduce(0, +) / Double(read.count)
    }
}

/// A case's journey on the tool: its first reading and its latest, by date.
///
/// `latest` is `nil` when the case has a single usable reading (or several on one date that
/// collapsed to one): such a case counts towards the start figures only, never towards change.
public struct CaseJourney: Sendable, Hashable {
    public var caseID: String
    /// Aligned with the readings data set's attributes: each the first non-blank value among
    /// the case's usable readings, in date order.
    public var attributes: [String]
    public var first: OutcomeReading
    public var latest: OutcomeReading?
    /// Usable readings of the case (approved, dated, not superseded).
    public var readings: Int

    public init(caseID: String, attributes: [String], first: OutcomeReading, latest: OutcomeReading?, readings: Int) {
        self.caseID = caseID
        self.attributes = attributes
        self.first = first
        self.latest = latest
        self.readings = readings
    }
}
