/// How many records a data set's file held and what became of each.
///
/// `rowsRead` is counted as records come off the reader, independently of the outcomes
/// recorded later (blank lines are skipped and not counted); `isBalanced` checks the
/// identity `rowsRead == complete + partial + rejected` that every run must satisfy.
public struct Accounting: Sendable, Hashable, Codable {
    public var rowsRead = 0
    public var complete = 0
    public var partial = 0
    public var rejected = 0

    public init() {}

    public init(rowsRead: Int, complete: Int, partial: Int, rejected: Int) {
        self.rowsRead = rowsRead
        self.complete = complete
        self.partial = partial
        self.rejected = rejected
    }

    /// Whether every record read was accounted for exactly once.
    public var isBalanced: Bool { rowsRead == complete + partial + rejected }

    /// Unique valid respondents: complete and partial records. Rejected records (a repeated
    /// respondent id, a row that cannot be read) are not respondents, so they never count
    /// towards a response rate.
    public var respondents: Int { complete + partial }

    /// Counts the outcome of one record already counted in `rowsRead`.
    public mutating func record(_ status: RecordStatus) {
        switch status {
        case .complete: complete += 1
        case .partial: partial += 1
        case .rejected: rejected += 1
        }
    }
}

/// What became of one record read from a file.
public enum RecordStatus: String, Sendable, Hashable, Codable {
    case complete
    case partial
    case rejected
}
