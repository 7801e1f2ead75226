import EvidentModel
import Foundation

/// Which cell styles show dates (`xl/styles.xml`): each `cellXfs` entry's number format, built
/// in (14–22, 27–36, 45–47, 50–58) or custom (`<numFmt formatCode="m/d/yyyy h:mm:ss"/>`, a
/// date when, outside quotes and brackets, it has a year, day, hour or second code). A number
/// in a date style is a date serial (`XlsxDate`).
struct XlsxStyles: Sendable {
    /// By style index (a cell's `s`): what a date in it shows, `nil` for non-date styles.
    private(set) var dates: [XlsxDate.Shows?] = []

    func shows(style: Int) -> XlsxDate.Shows? {
        style >= 0 && style < dates.count ? dates[style] : nil
    }

    init() {}

    init(_ reader: XMLStreamReader) throws(InputError) {
        var custom: [Int: XlsxDate.Shows?] = [:]
        var inCellXfs = false
        while let event = try reader.next() {
            switch event {
            case .start(let element):
                switch element.name {
                case "numFmt":
                    if let id = element[attribute: "numFmtId"].flatMap({ Int($0) }), let code = element[attribute: "formatCode"] {
                        custom[id] = Self.shows(formatCode: code)
                    }
                case "cellXfs": inCellXfs = true
                case "xf" where inCellXfs:
                    let id = element[attribute: "numFmtId"].flatMap { Int($0) } ?? 0
                    dates.append(custom[id] ?? Self.builtIn(id))
                default: break
                }
            case .end(let name, _) where name == "cellXfs":
                inCellXfs = false
            default: break
            }
        }
    }

    /// What a built-in number format shows, when it is a date or time format.
    static func builtIn(_ id: Int) -> XlsxDate.Shows? {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 18...21, 32, 33, 45, 47: .time
        case 46: .elapsed
        case 22: .dateAndTime
        default: nil
        }
    }

    /// What a custom format code shows, when it is a date or time format.
    static func shows(formatCode: String) -> XlsxDate.Shows? {
        var plain = ""
        var elapsed = false
        var index = formatCode.startIndex
        while index < formatCode.endIndex {
            let character = formatCode[index]
            switch character {
            case "\"":
                index = formatCode[formatCode.index(after: index)...].firstIndex(of: "\"") ?? formatCode.index(before: formatCode.endIndex)
            case "\\", "_", "*":
                index = formatCode.index(after: index)
            case "[":
                let close = formatCode[index...].firstIndex(of: "]") ?? formatCode.index(before: formatCode.endIndex)
                let inside = formatCode[formatCode.index(after: index)..<close].lowercased()
                if !inside.isEmpty, inside.allSatisfy({ "hms".contains($0) }) {
                    plain += inside
                    elapsed = true
                }
                index = close
            default:
                plain.append(character)
            }
            if index < formatCode.endIndex { index = formatCode.index(after: index) }
        }
        let lower = plain.lowercased().replacingOccurrences(of: "am/pm", with: "").replacingOccurrences(of: "a/p", with: "")
        if lower == "general" || lower.contains("general") { return nil }
        let hasDate = lower.contains("y") || lower.contains("d")
        let hasTime = lower.contains("h") || lower.contains("s")
        let hasM = lower.contains("m")
        switch (hasDate || (hasM && !hasTime), hasTime) {
        case (true, true): return .dateAndTime
        case (true, false): return .date
        case (false, true): return elapsed ? .elapsed : .time
        default: return nil
        }
    }
}
