/// A kind of personal data the ``Redactor`` replaces, each with its placeholder.
public enum RedactionKind: String, Sendable, Hashable, CaseIterable {
    /// A person's name: `[name]`.
    case name
    /// An email address: `[email]`.
    case email
    /// A UK phone number: `[phone]`.
    case phone
    /// A full UK postcode: `[postcode]`.
    case postcode
    /// A date, including a date of birth: `[date]`.
    case date
    /// An NHS number: `[number]`.
    case number
    /// A house number and its street: `[address]`.
    case address

    /// The text that replaces the personal data: `[name]`, `[email]`, and so on.
    public var placeholder: String {
        "[" + rawValue + "]"
    }

    /// The kind's position in ``allCases``.
    var index: Int {
        switch self {
        case .name: 0
        case .email: 1
        case .phone: 2
        case .postcode: 3
        case .date: 4
        case .number: 5
        case .address: 6
        }
    }
}
