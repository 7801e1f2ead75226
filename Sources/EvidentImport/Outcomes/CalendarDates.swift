import EvidentModel

/// Dates of a column read as calendar days: the column's order (year, day or month first) is
/// worked out from all its values at once (`DateRecogniser`), so `03/04/2016` is read the same
/// way as the `28/04/2016` beside it; where no value shows the order, `date_order` decides (day
/// first unless the manifest says `mdy`). A time after the date is ignored.
struct CalendarDates {
    let readAs: DateReading.Order
    /// The order the values showed (`mixed` when some show day first and others month first).
    let shown: DateReading.Order?

    init(values: [String], dayFirst: Bool) {
        let present = values.map(\.trimmedWhitespace).filter { !$0.isEmpty }
        let reading = DateRecogniser.read(present, order: dayFirst ? .dmy : .mdy)
        shown = reading?.order
        readAs = reading?.readAs ?? (dayFirst ? .dayFirst : .monthFirst)
    }

    /// The day `value` names, or `nil` when it is not a date (or names a day that does not exist).
    func day(_ value: String) -> CalendarDay? {
        guard let parts = DateRecogniser.parts(value) else { return nil }
        if parts.yearFirst { return CalendarDay(year: parts.year, month: parts.first, day: parts.second) }
        let (month, day) = readAs == .monthFirst ? (parts.first, parts.second) : (parts.second, parts.first)
        return CalendarDay(year: parts.year, month: month, day: day)
    }

    /// A day written `yyyy-mm-dd` (the manifest's own dates).
    static func isoDay(_ text: String) -> CalendarDay? {
        let parts = text.trimmedWhitespace.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}
