public import EvidentModel

/// One code applied by hand, by one coder, to one answer (agreement spec §1), after its data
/// set, respondent, question and code were checked against the study.
public struct ManualCoding: Sendable, Hashable {
    public var dataset: String
    public var respondent: String
    /// The question's id (its column), whatever form the file named it in.
    public var question: String
    public var codeID: String
    public var coder: String
    /// Unicode scalar offsets into the answer, when the file gives them.
    public var start: Int?
    public var end: Int?
    public var note: String?
    /// The row (CSV) or `<Coding>` (REFI-QDA) it came from.
    public var location: SourceLocation

    public init(
        dataset: String, respondent: String, question: String, codeID: String, coder: String, start: Int? = nil,
        end: Int? = nil, note: String? = nil, location: SourceLocation
    ) {
        self.dataset = dataset
        self.respondent = respondent
        self.question = question
        self.codeID = codeID
        self.coder = coder
        self.start = start
        self.end = end
        self.note = note
        self.location = location
    }
}

/// One answer a coder looked at (agreement spec §1, the coverage file): a unit with no coding
/// from a coder who covered it means "code absent".
public struct CoverageEntry: Sendable, Hashable {
    public var dataset: String
    public var respondent: String
    public var question: String
    public var coder: String
    public var location: SourceLocation

    public init(dataset: String, respondent: String, question: String, coder: String, location: SourceLocation) {
        self.dataset = dataset
        self.respondent = respondent
        self.question = question
        self.coder = coder
        self.location = location
    }
}

/// A row of a coding or coverage file that was not used, and why: reported, never dropped
/// silently.
public struct RejectedRow: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String
    /// What rows rejected for the same cause share, so hundreds of them are reported in one
    /// line with a count (`RejectedRow.summary`); the reason itself when `nil`.
    public var group: String?

    public init(location: SourceLocation, reason: String, group: String? = nil) {
        self.location = location
        self.reason = reason
        self.group = group
    }

    /// `rejected: <reason> --> file:line`.
    public var description: String {
        "rejected: \(reason) --> \(location)"
    }

    /// One line per cause, in the order causes are first met: a cause met once as its row's own
    /// line; one met several times as `rejected: 303 rows: <group>; for example <reason> -->
    /// <first row's location>`.
    public static func summary(_ rows: [RejectedRow]) -> [String] {
        var order: [String] = []
        var byGroup: [String: [RejectedRow]] = [:]
        for row in rows {
            let key = row.group ?? row.reason
            if byGroup[key] == nil { order.append(key) }
            byGroup[key, default: []].append(row)
        }
        return order.compactMap { key -> String? in
            guard let members = byGroup[key], let first = members.first else { return nil }
            guard members.count > 1 else { return first.description }
            return "rejected: \(members.count) rows: \(key); for example \(first.reason) --> \(first.location)"
        }
    }
}

/// Manual codings read from one or more files: what was used, what was rejected, and what the
/// user should know.
public struct ManualCodingSet: Sendable {
    public var codings: [ManualCoding]
    /// The coverage file's entries, or `nil` when none was given (then a coder covered every
    /// answer they coded).
    public var coverage: [CoverageEntry]?
    public var rejected: [RejectedRow]
    public var warnings: [Diagnostic]

    public init(codings: [ManualCoding] = [], coverage: [CoverageEntry]? = nil, rejected: [RejectedRow] = [], warnings: [Diagnostic] = []) {
        self.codings = codings
        self.coverage = coverage
        self.rejected = rejected
        self.warnings = warnings
    }
}

/// Why a row cannot be used (an `Error` so it can travel in a `Result`).
public struct RowProblem: Error, Sendable, Hashable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
