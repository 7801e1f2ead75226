import EvidentFormats

/// An attribute value for ``SVGWriter``: text (XML-escaped when written) or a number (written
/// as a coordinate, at most two decimals in the POSIX form).
enum SVGValue: Sendable, Hashable, ExpressibleByStringInterpolation, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case number(Double)

    /// A literal attribute value such as `"#ffffff"`.
    init(stringLiteral value: String) {
        self = .text(value)
    }

    /// An interpolated attribute value such as `"translate(\(x), 0)"`.
    init(stringInterpolation: DefaultStringInterpolation) {
        self = .text(String(stringInterpolation: stringInterpolation))
    }

    /// A literal number such as `0.5`.
    init(floatLiteral value: Double) {
        self = .number(value)
    }

    /// A literal whole number such as `12`.
    init(integerLiteral value: Int) {
        self = .number(Double(value))
    }

    /// The value as written between the attribute's quotes.
    var rendered: String {
        switch self {
        case .text(let text): XMLEscape.attribute(text)
        case .number(let number): ChartNumber.coordinate(number)
        }
    }
}
