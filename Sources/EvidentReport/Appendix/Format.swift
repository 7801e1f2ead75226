package import EvidentAnalysis
import Foundation

/// How numbers read in the rendered appendix. Rounding happens here and only here; the
/// JSON and CSV outputs keep full precision.
package enum Format {
    /// `x` with `places` decimals, in the POSIX locale (a point, no grouping): the same on
    /// every machine. A dash for a missing value.
    package static func decimal(_ value: Double?, _ places: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        let text = String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), value)
        return text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// `73.8%`.
    package static func percent(_ value: Double?, _ places: Int = 1) -> String {
        guard let value else { return "–" }
        return decimal(value, places) + "%"
    }

    /// `68.5–74.1`; `−8.4 to 9.9` when a bound is negative (a dash between signed numbers
    /// would read as a minus).
    package static func interval(_ interval: ConfidenceInterval?, _ places: Int = 1) -> String {
        guard let interval else { return "–" }
        return self.interval(lower: interval.lower, upper: interval.upper, places)
    }

    /// An output row's interval, as `interval(_:_:)` writes it.
    package static func interval(_ interval: Interval?, _ places: Int = 1) -> String {
        guard let interval else { return "–" }
        return self.interval(lower: interval.lower, upper: interval.upper, places)
    }

    static func interval(lower: Double, upper: Double, _ places: Int = 1) -> String {
        if lower < 0 || upper < 0 {
            return signedPlain(lower, places) + " to " + signedPlain(upper, places)
        }
        return decimal(lower, places) + "–" + decimal(upper, places)
    }

    /// A number with a true minus sign when negative and no sign otherwise.
    package static func signedPlain(_ value: Double, _ places: Int) -> String {
        let text = decimal(abs(value), places)
        return value < 0 && Double(text) != 0 ? "−" + text : text
    }

    /// A difference with its sign: `+4.1`, `−3.0` (a true minus sign), `0.0`.
    package static func signed(_ value: Double?, _ places: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        let text = decimal(abs(value), places)
        if Double(text) == 0 { return text }
        return (value < 0 ? "−" : "+") + text
    }

    /// A p-value: three decimals, or `<0.001`.
    package static func pValue(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value < 0.001 ? "<0.001" : decimal(value, 3)
    }

    /// A whole number with thousands separated by commas: `12,345`.
    package static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
