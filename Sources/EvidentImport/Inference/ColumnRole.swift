/// What a column of an export is for (study spec §4), as inference decides it.
public enum ColumnRole: Sendable, Hashable, CustomStringConvertible {
    /// Names each respondent (`respondent_id`).
    case identifier
    /// Few distinct short values to break results down by (role, locality, service).
    case attribute
    /// Answers on a scale (`items`).
    case item
    /// Long, varied text to code (`free_text`).
    case freeText
    /// About the response rather than the respondent's answers: timestamps, durations,
    /// status, progress, language, other ids.
    case metadata
    /// Personal data: never copied into any output; its values are only used to redact quotes.
    case personal(PersonalDataKind)
    /// Ranks given to a set of options (`Q5_1 … Q5_6` holding 1–6 once each per respondent):
    /// not a scale, never an item or part of a composite, never a breakdown.
    case ranking
    /// Nothing to use: blank throughout, or values that fit no other role.
    case unused

    /// `scale item`, `free text`, `personal data (email addresses)` …
    public var description: String {
        switch self {
        case .identifier: "identifier"
        case .attribute: "attribute"
        case .item: "scale item"
        case .freeText: "free text"
        case .metadata: "metadata"
        case .personal(let kind): "personal data (\(kind.description))"
        case .ranking: "ranking"
        case .unused: "unused"
        }
    }

    /// Whether the column holds personal data.
    public var isPersonal: Bool {
        if case .personal = self { return true }
        return false
    }
}

/// The kinds of personal data a column can hold.
public enum PersonalDataKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case name
    case email
    case ipAddress = "ip-address"
    case phone
    case signature
    case address
    case location
    case account
    /// A date of birth, or part of one (year or month of birth).
    case birthDate = "birth-date"
    /// A place of birth (`What state or country were you born in?`): with a birth date and a
    /// postcode, what singles a person out.
    case birthplace
    /// Part of a self-generated pseudonym code: a mother's initial, a birth-year digit, a
    /// house-number digit — put together, they identify the respondent.
    case pseudonymCode = "pseudonym-code"
    /// Web addresses (a profile or a document link can name a person).
    case link = "url"

    /// In the plural, as a table or comment says it: `names`, `IP addresses`.
    public var description: String {
        switch self {
        case .name: "names"
        case .email: "email addresses"
        case .ipAddress: "IP addresses"
        case .phone: "phone numbers"
        case .signature: "signatures"
        case .address: "addresses"
        case .location: "locations"
        case .account: "account ids"
        case .birthDate: "dates of birth"
        case .birthplace: "places of birth"
        case .pseudonymCode: "parts of a pseudonym code"
        case .link: "web addresses"
        }
    }
}
