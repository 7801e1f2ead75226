/// Excel's date serial numbers as text: days since the workbook's epoch, the fraction being
/// the time of day.
///
/// - 1900 system (Windows Excel, Google Sheets, LibreOffice): serial 1 is 1900-01-01, and
///   Excel counts a 29 February 1900 that never was (serial 60), so serials from 61 are one
///   day ahead: the epoch is 1899-12-30 for them, 1899-12-31 before.
/// - 1904 system (`<workbookPr date1904="1"/>`, old Mac Excel): serial 0 is 1904-01-01.
///
/// Written `yyyy-MM-dd HH:mm:ss`, `yyyy-MM-dd` when the format shows no time and the serial
/// is whole, `HH:mm:ss` when the format shows only a time, `255:10:10` for an elapsed time
/// (`[h]:mm:ss`); times are rounded to the second.
enum XlsxDate {
    enum Shows: Sendable, Hashable {
        case date, time, dateAndTime
        /// An elapsed time (`[h]:mm:ss`): hours counted past 24, no date.
        case elapsed
    }

    static func text(serial: Double, is1904: Bool, shows: Shows) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        if shows == .elapsed {
            let total = Int64((serial * 86_400).rounded())
            return "\(total / 3600):\(pad(Int(total / 60 % 60), 2)):\(pad(Int(total % 60), 2))"
        }
        var seconds = Int64((serial * 86_400).rounded())
        var days = seconds / 86_400
        seconds -= days * 86_400
        if is1904 {
            days += civilDays(year: 1904, month: 1, day: 1)
        } else {
            if days == 60 { return shows == .time ? clock(seconds) : "1900-02-29" + (shows == .date ? "" : " " + clock(seconds)) }
            days += days < 61 ? civilDays(year: 1899, month: 12, day: 31) : civilDays(year: 1899, month: 12, day: 30)
        }
        let (year, month, day) = civilDate(days)
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        switch shows {
        case .time: return clock(seconds)
        case .date where seconds == 0: return date
        default: return date + " " + clock(seconds)
        }
    }

    private static func clock(_ seconds: Int64) -> String {
        "\(pad(Int(seconds / 3600), 2)):\(pad(Int(seconds / 60 % 60), 2)):\(pad(Int(seconds % 60), 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func civilDays(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func civilDate(_ days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}
