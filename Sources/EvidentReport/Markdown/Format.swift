import EvidentAnalysis
import Foundation

/// How numbers read in the rendered appendix. Rounding happens here and only here; the
/// JSON and CSV outputs keep full precision.
enum Format {
    /// `x` with `places` decimals, in the POSIX locale (a point, no grouping): the same on
    /// every machine. A dash for a missing value.
    static func decimal(_ value: Double?, _ places: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        let text = String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), value)
        return text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// `73.8%`.
    static func percent(_ value: Double?, _ places: Int = 1) -> String {
        guard let value else { return "–" }
        return decimal(value, places) + "%"
    }

    /// `68.5–74.1`.
    static func interval(_ interval: ConfidenceInterval?, _ places: Int = 1) -> String {
        guard let interval else { return "–" }
        return decimal(interval.lower, places) + "–" + decimal(interval.upper, places)
    }

    /// A whole number with thousands separated by commas: `12,345`.
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
