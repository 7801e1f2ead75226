public import EvidentModel

/// One problem `evident codebook lint` found in a codebook (codebook spec §5), rendered like a
/// compiler's: `warning: <what> --> <file>:<line>:<column>`.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is: an error stops `evident code`, a warning does not.
    public enum Severity: String, Sendable, Hashable {
        /// The codebook cannot be used as it is.
        case error
        /// The codebook works, but probably not as its author meant.
        case warning
    }

    public var severity: Severity
    /// What is wrong, in the researcher's words, without the location.
    public var message: String
    /// Where it is wrong; `nil` only for a codebook built in code without locations.
    public var location: SourceLocation?

    /// A finding of `severity` at `location`.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// An input error (a structural problem found reading the file) as an error finding; its help
    /// text is left out so that each finding stays one line.
    public init(_ error: InputError) {
        self.init(.error, error.message, at: error.location)
    }

    /// `error: <message> --> <location>` or `warning: …`.
    public var description: String {
        guard let location else { return "\(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message) --> \(location)"
    }
}
