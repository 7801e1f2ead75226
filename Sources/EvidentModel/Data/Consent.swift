/// Whether the person a story or answer came from agreed to its being published.
///
/// Only `given` (or no consent recorded at all) lets a quote or story into the appendix; a source
/// that marks consent `pending` or `withheld` is held back, and the technical annex counts what
/// was held back. The words sources use are read case-insensitively: `given`, `yes`, `granted`,
/// `agreed`, `consented`, `true`, `y`; `pending`, `awaiting`, `to check`, `check`, `unknown`,
/// `not yet`, `requested`; `withheld`, `no`, `refused`, `declined`, `withdrawn`, `not given`,
/// `false`, `n`. Any other word is read as `pending`: a tool cannot tell that it means yes.
public enum Consent: String, Sendable, Hashable, CaseIterable {
    case given
    case pending
    case withheld

    /// The status a source's word stands for; `nil` when the text is blank (nothing recorded).
    public init?(reading text: String) {
        let word = text.trimmedWhitespace.lowercased()
        if word.isEmpty { return nil }
        switch word {
        case "given", "yes", "granted", "agreed", "consented", "true", "y": self = .given
        case "withheld", "no", "refused", "declined", "withdrawn", "not given", "false", "n": self = .withheld
        default: self = .pending
        }
    }

    /// Whether what comes from this source may be published.
    public var allowsPublication: Bool { self == .given }
}

extension Optional where Wrapped == Consent {
    /// No consent recorded counts as given: the manifest's sources are published unless they say otherwise.
    public var allowsPublication: Bool { self?.allowsPublication ?? true }
}
