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
    /// What kind of thing this says, for messages that name a particular value (a label, a
    /// column): diagnostics of one kind are shown once, with a count (`Diagnostic.grouped`).
    /// `nil` groups by the message itself.
    public var kind: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, kind: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.kind = kind
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, kind: String? = nil) -> Self {
        Self(.warning, message, at: location, kind: kind)
    }

    public static func note(_ message: String, at location: SourceLocation? = nil, kind: String? = nil) -> Self {
        Self(.note, message, at: location, kind: kind)
    }

    /// One diagnostic per kind (or per message, when it has no kind), in order of first
    /// appearance, with how many there were: what a summary shows instead of the same note
    /// printed once per line or file.
    public static func grouped(_ diagnostics: [Diagnostic]) -> [(first: Diagnostic, count: Int)] {
        var order: [String] = []
        var groups: [String: (first: Diagnostic, count: Int)] = [:]
        for diagnostic in diagnostics {
            let key = diagnostic.severity.rawValue + "\u{0}" + (diagnostic.kind ?? diagnostic.message)
            if let group = groups[key] {
                groups[key] = (group.first, group.count + 1)
            } else {
                order.append(key)
                groups[key] = (diagnostic, 1)
            }
        }
        return order.compactMap { groups[$0] }
    }

    /// The message as a summary shows it for a group of `count`: `… (4 times)` when every
    /// one said the same, `… (and 31 more like it)` when they named different values.
    public func summarised(count: Int) -> String {
        guard count > 1 else { return message }
        return kind == nil ? "\(message) (\(count) times)" : "\(message) (and \(count - 1) more like it)"
    }

    public var description: String {
        guard let location else { return "\(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message) --> \(location)"
    }
}
