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

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    /// `rejected: <reason> --> file:line`.
    public var description: String {
        "rejected: \(reason) --> \(location)"
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
