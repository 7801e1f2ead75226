/// Something the run noticed and the user should know, without it stopping the run:
/// a file read as Windows-1252, a Qualtrics preview response skipped, a low alpha.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil) -> Self {
        Self(.warning, message, at: location)
    }

    public static func note(_ message: String, at location: SourceLocation? = nil) -> Self {
        Self(.note, message, at: location)
    }

    public var description: String {
        guard let location else { return "\(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message) --> \(location)"
    }
}
