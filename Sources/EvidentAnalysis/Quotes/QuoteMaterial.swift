/// What choosing, attributing and anonymising quotes needs from a study, gathered in the same
/// pass as its figures: the bounded pool of candidates, how many respondents gave each attribute
/// value (a role held by few is not shown), and every value of the personal-data columns (names
/// and e-mail addresses to redact wherever they appear; never shown).
public struct QuoteMaterial: Sendable {
    public var pool: QuotePool
    /// Per data set id, per attribute (in the data set's order): each value as written
    /// (trimmed), with the respondents giving it.
    public var attributeValues: [String: [[String: Int]]]
    /// Every distinct value of every data set's personal-data columns, sorted.
    public var personalDetails: [String]

    public init(pool: QuotePool, attributeValues: [String: [[String: Int]]], personalDetails: [String]) {
        self.pool = pool
        self.attributeValues = attributeValues
        self.personalDetails = personalDetails
    }

    /// No candidates.
    public static let none = QuoteMaterial(pool: QuotePool(depth: QuotePool.Depth(quotes: 0)), attributeValues: [:], personalDetails: [])
}
