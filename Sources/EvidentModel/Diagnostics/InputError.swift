/// A problem with the user's input that stops a file (or the run) from being used.
///
/// Rendered in one place, as `error: <what> --> <file>:<line>:<column>`, followed by a
/// `help:` line saying what to change when there is something useful to say. Tests check the
/// exact text.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in the user's words, without the location.
    public var message: String
    /// Where it is wrong.
    public var location: SourceLocation?
    /// What to do about it.
    public var help: String?

    public init(_ message: String, at location: SourceLocation? = nil, help: String? = nil) {
        self.message = message
        self.location = location
        self.help = help
    }

    /// The first line: `error: <message> --> <location>`.
    public var headline: String {
        guard let location else { return "error: \(message)" }
        return "error: \(message) --> \(location)"
    }

    public var description: String {
        guard let help else { return headline }
        return headline + "\n  help: " + help
    }
}

/// Several input errors found in one pass, so the user can fix them all at once.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]

    public init(_ errors: [InputError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
