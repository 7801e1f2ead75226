/// One text after redaction: the text with personal data replaced by placeholders, and what
/// was replaced.
public struct Redaction: Sendable, Hashable {
    /// The redacted text. Everything not replaced is kept exactly, scalar for scalar.
    public let text: String
    /// The replacements made in this text, by kind.
    public let summary: RedactionSummary
}
