/// How a date with two small leading numbers (`03/04/2016`) is read when its values do not
/// say: day first (UK, the default) or month first (US, Microsoft Forms and SurveyMonkey).
public enum DateOrder: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case dmy
    case mdy

    /// `day-first`, `month-first`.
    public var description: String {
        switch self {
        case .dmy: "day-first"
        case .mdy: "month-first"
        }
    }
}
