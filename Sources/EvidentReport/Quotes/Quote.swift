/// A quote chosen to illustrate a code: anonymised text and who said it, by role or respondent
/// type and data set, never by name.
public struct Quote: Sendable, Hashable {
    public var codeID: String
    public var dataset: String
    public var respondent: String
    /// The question's id (column).
    public var question: String
    /// The quote's short reference (`QuoteReference`, `7M2P4XA3.2`): `evident explain` shows
    /// its answer, and the manifest pins or excludes it.
    public var reference: String
    /// Whole sentences, anonymised, trimmed with an ellipsis past `QuoteSelection.maximumLength`.
    public var text: String
    /// "Family support worker, 2016"; "Parent/carer, closure feedback".
    public var attribution: String
}
