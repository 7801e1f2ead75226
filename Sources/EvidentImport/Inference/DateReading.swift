/// What a column of dates says about itself: whether its values show their order (a year
/// first, or a first or second number above 12), and the first and last date as read.
public struct DateReading: Sendable, Hashable {
    /// How the column's dates are ordered.
    public enum Order: String, Sendable, Hashable {
        /// `2016-10-30`, `2016/10/30 3:08:44 PM GMT+1`: never ambiguous.
        case yearFirst = "year-first"
        /// A value such as `28/10/2015` shows the day comes first.
        case dayFirst = "day-first"
        /// A value such as `10/28/2015` shows the month comes first.
        case monthFirst = "month-first"
        /// Day and month are 12 or less in every value: read by `--date-order`.
        case ambiguous
        /// Some values show day-first, others month-first.
        case mixed
    }

    /// The order the values show.
    public var order: Order
    /// The order the dates were read in (`dayFirst`/`monthFirst` for `ambiguous` columns, by
    /// `--date-order`).
    public var readAs: Order
    /// A value proving the order, for `dayFirst` and `monthFirst`.
    public var evidence: String?
    /// The earliest and latest date, as `yyyy-mm-dd`.
    public var earliest: String?
    /// The latest date, as `yyyy-mm-dd`.
    public var latest: String?

    /// A reading of a column of dates.
    public init(order: Order, readAs: Order, evidence: String? = nil, earliest: String? = nil, latest: String? = nil) {
        self.order = order
        self.readAs = readAs
        self.evidence = evidence
        self.earliest = earliest
        self.latest = latest
    }

    /// Whether the column should be flagged: its dates could be read either way.
    public var isAmbiguous: Bool { order == .ambiguous }
}
