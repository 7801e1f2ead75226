/// Numbers as charts print them: a point for the decimal separator, no grouping, no exponent,
/// the same bytes on every machine and in every locale (the POSIX form), without Foundation.
///
/// Rounding is half away from zero on the value scaled by 10^places, so 12.345 with two places
/// depends on its binary value (as with `printf`), but always gives the same answer.
enum ChartNumber {
    /// `value` with exactly `places` decimals (0 to 6): `fixed(2.5, places: 1)` is `"2.5"`,
    /// `fixed(-0.04, places: 1)` is `"0.0"` (no negative zero). Non-finite values print as `"0"`.
    static func fixed(_ value: Double, places: Int) -> String {
        let places = min(max(places, 0), 6)
        guard value.isFinite else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 1e15 else { return value < 0 ? "-" + String(Int64(9e14)) : String(Int64(9e14)) }
        let units = Int(scaled)
        var text = units > 0 && value < 0 ? "-" : ""
        text += String(units / scale)
        if places > 0 {
            let fraction = String(units % scale)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }

    /// A coordinate or length: at most two decimals, trailing zeros dropped (`12`, `12.5`,
    /// `12.25`).
    static func coordinate(_ value: Double) -> String {
        let text = fixed(value, places: 2)
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return trimmed == "-0" ? "0" : String(trimmed)
    }

    /// A percentage with `places` decimals and a `%` sign: `percent(41.66, places: 1)` is
    /// `"41.7%"`.
    static func percent(_ value: Double, places: Int) -> String {
        fixed(value, places: places) + "%"
    }

    /// A signed change in percentage points: `+4.2`, `-3.0`, `0.0`.
    static func signed(_ value: Double, places: Int) -> String {
        let text = fixed(value, places: places)
        return text.hasPrefix("-") || Double(text) == 0 ? text : "+" + text
    }
}
