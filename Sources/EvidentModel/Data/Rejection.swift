/// A record, story or value that could not be used, with where it was and why.
///
/// Every rejected row and every invalid value becomes one `Rejection`; the run summary and
/// `rejections.csv` list them all, so nothing is lost silently.
public struct Rejection: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The whole record was refused (field count, duplicate id, test response…).
        case record
        /// One value was outside its item's scale; the record itself was kept as partial.
        case invalidValue = "invalid-value"
    }

    public var kind: Kind
    public var dataset: String
    public var location: SourceLocation
    /// The respondent or story id, when one could be read.
    public var respondent: String?
    /// The column or item the value belongs to (invalid values only).
    public var column: String?
    /// The offending value, as read (invalid values only).
    public var value: String?
    public var reason: String

    public init(
        kind: Kind, dataset: String, location: SourceLocation, respondent: String? = nil,
        column: String? = nil, value: String? = nil, reason: String
    ) {
        self.kind = kind
        self.dataset = dataset
        self.location = location
        self.respondent = respondent
        self.column = column
        self.value = value
        self.reason = reason
    }
}
