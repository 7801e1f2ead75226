/// One text after redaction: the text with personal data replaced by placeholders, and what
/// was replaced.
public struct Redaction: Sendable, Hashable {
    /// The redacted text. Everything not replaced is kept exactly, scalar for scalar.
    public let text: String
    /// The replacements made in this text, by kind.
    public let summary: RedactionSummary
    /// Each replacement, in the order of the text: the part of the original text it replaced
    /// (adjacent names joined into one, as in ``text``) and its kind.
    public let replaced: [RedactedPart]
}

/// One part of a text that a placeholder replaced.
public struct RedactedPart: Sendable, Hashable {
    /// Unicode scalar offsets in the original text.
    public let range: Range<Int>
    /// What it was.
    public let kind: RedactionKind
}
