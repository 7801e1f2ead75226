public import EvidentModel
import Foundation

/// Reads one sheet of an Excel workbook (`.xlsx`) row by row, as a `RecordReader`, so every
/// layout the CSV path knows works on workbooks too (Microsoft Forms' and Google Sheets'
/// native downloads, SurveyMonkey's and Qualtrics' Excel exports).
///
/// - Streaming: the sheet's XML is inflated chunk by chunk (`ZipArchive`, the one bounded zip
///   reader) straight into the hardened `XMLStreamReader`; nothing goes to disk and memory
///   stays flat with the sheet's size. Only the shared strings are held whole (cells refer to
///   them by index), within `XlsxPart.Limits`. A first pass inflates the sheet without parsing
///   it, to find its merged cells (`XlsxMergedCells`), which Excel writes after the rows.
/// - Cells: shared strings (`t="s"`), inline strings (`t="inlineStr"`), formula results
///   (`t="str"`), booleans (`TRUE`/`FALSE`), errors (`#N/A` as written), ISO dates (`t="d"`),
///   and numbers as Excel wrote them — or, in a date style, as `yyyy-MM-dd HH:mm:ss` in the
///   workbook's 1900 or 1904 system (`XlsxDate`). Empty cells are blank fields; rows with no
///   values are skipped like blank lines.
/// - Width: every row has as many fields as the sheet's widest of its dimension and its first
///   row; a row with values beyond that keeps them (and is rejected for its field count).
/// - Merged cells: a range that starts in the first three rows (the headings) has its value in
///   every column it covers on its first row, so a question merged across its sub-questions
///   heads each of them; the rows below it inside the range stay blank (a heading merged down
///   two rows does not become a respondent), and a range lower down keeps its value in its
///   first cell only — both as Excel's own CSV save writes them.
/// - Lines: a record's `line` is its row number in the sheet.
public final class XlsxSheetReader: RecordReader {
    /// Rows whose merged ranges are spread across the cells they cover.
    static let headingRows = 3

    public let displayPath: String
    private let path: String
    private let reader: XMLStreamReader
    private let sheetSize: Int
    private let strings: XlsxSharedStrings
    private let styles: XlsxStyles
    private let is1904: Bool
    private let hashing: Bool
    private let merges: [XlsxMergedCells.Range]
    private var width: Int?
    private var dimensionWidth = 0
    private var lastRow = 0
    private var finished = false
    public let readingNotes: [String]

    /// Opens `sheet` (by name; the first visible worksheet when `nil`) of the workbook at `path`.
    public convenience init(path: String, displayPath: String, sheet: String? = nil, hashing: Bool = true) throws(InputError) {
        try self.init(path: path, displayPath: displayPath, sheet: sheet, hashing: hashing, limits: .standard)
    }

    init(path: String, displayPath: String, sheet: String?, hashing: Bool, limits: XlsxPart.Limits) throws(InputError) {
        self.displayPath = displayPath
        self.path = path
        self.hashing = hashing
        let workbook = try XlsxWorkbook(path: path, file: displayPath, limits: limits)
        let chosen = try workbook.sheet(named: sheet)
        strings = try workbook.sharedStrings()
        styles = try workbook.styles()
        is1904 = workbook.is1904
        guard let entry = workbook.archive.entry(chosen.part) else {
            throw InputError("the workbook lists sheet '\(chosen.name)' but holds no \(chosen.part)", at: SourceLocation(file: displayPath),
                             help: "the file is damaged: save it again from Excel or LibreOffice")
        }
        merges = try XlsxMergedCells.read(workbook.archive, entry)
        sheetSize = Int(entry.uncompressedSize)
        reader = XMLStreamReader(entry: try workbook.archive.stream(entry), displayPath: "\(displayPath) (sheet '\(chosen.name)')")
        let others = workbook.sheets.filter { $0.name != chosen.name && !$0.isChart }
        readingNotes = others.isEmpty ? [] : [
            "read sheet '\(chosen.name)' of the workbook; it also has " + others.map { "'\($0.name)'" }.joined(separator: ", ")
                + " (name another with sheet: in the manifest)",
        ]
    }

    public var encodingName: String { "xlsx" }
    public var fieldDelimiter: Delimiter? { nil }

    public var fractionRead: Double {
        sheetSize > 0 ? min(1, Double(reader.bytesRead) / Double(sheetSize)) : 1
    }

    /// SHA-256 of the workbook file itself (not the unpacked sheet).
    public var sha256: String {
        guard hashing, let stream = try? ByteStream(path: path, displayPath: displayPath) else { return "" }
        while !stream.next().isEmpty {}
        return stream.digest()
    }

    public func next() throws(InputError) -> CSVRecord? {
        guard !finished else { return nil }
        var cells: [Int: String] = [:]
        var rowNumber = 0
        var cell: (column: Int, type: String, style: Int)?
        var value = ""
        var inValue = false
        var phonetic = 0
        var nextColumn = 0
        while let event = try reader.next() {
            switch event {
            case .start(let element):
                switch element.name {
                case "dimension":
                    dimensionWidth = Self.width(ofDimension: element[attribute: "ref"])
                case "row":
                    rowNumber = element[attribute: "r"].flatMap { Int($0) } ?? lastRow + 1
                    cells = [:]
                    nextColumn = 0
                case "c":
                    let column = element[attribute: "r"].flatMap { XlsxCellReference($0)?.column } ?? nextColumn
                    guard column < XlsxCellReference.columnLimit else {
                        throw InputError("a cell lies beyond Excel's last column (XFD)", at: SourceLocation(file: displayPath, line: rowNumber))
                    }
                    cell = (column, element[attribute: "t"] ?? "n", element[attribute: "s"].flatMap { Int($0) } ?? 0)
                    value = ""
                    nextColumn = column + 1
                case "v", "t":
                    inValue = cell != nil && phonetic == 0
                case "rPh":
                    phonetic += 1
                default: break
                }
            case .text(let text, _) where inValue:
                value += text
            case .end(let name, _):
                switch name {
                case "v", "t": inValue = false
                case "rPh": phonetic -= 1
                case "c":
                    if let current = cell {
                        let text = render(value, type: current.type, style: current.style)
                        if !text.isEmpty { cells[current.column] = text }
                    }
                    cell = nil
                case "row":
                    lastRow = rowNumber
                    if let record = record(row: rowNumber, cells: cells) { return record }
                case "sheetData":
                    finished = true
                    return nil
                default: break
                }
            default: break
            }
        }
        finished = true
        return nil
    }

    /// The record for a row, with merged heading values spread; `nil` when it holds nothing.
    private func record(row: Int, cells: [Int: String]) -> CSVRecord? {
        var cells = cells
        for range in merges where range.first.row <= Self.headingRows && range.first.row == row {
            guard let value = cells[range.first.column], range.last.column > range.first.column else { continue }
            for column in range.first.column...min(range.last.column, XlsxCellReference.columnLimit - 1) where cells[column] == nil {
                cells[column] = value
            }
        }
        guard let last = cells.keys.max() else { return nil }
        let width = self.width ?? max(dimensionWidth, last + 1)
        self.width = width
        var fields = [String](repeating: "", count: max(width, last + 1))
        for (column, value) in cells { fields[column] = value }
        return CSVRecord(line: row, fields: fields)
    }

    private func render(_ raw: String, type: String, style: Int) -> String {
        switch type {
        case "s":
            return Int(raw.trimmedWhitespace).flatMap { strings[$0] } ?? ""
        case "inlineStr", "str":
            return XlsxPart.unescape(raw)
        case "b":
            return raw.trimmedWhitespace == "1" ? "TRUE" : raw.trimmedWhitespace == "0" ? "FALSE" : raw
        case "e", "d":
            return raw
        default:
            let number = raw.trimmedWhitespace
            if let shows = styles.shows(style: style), let serial = Double(number),
               let date = XlsxDate.text(serial: serial, is1904: is1904, shows: shows) {
                return date
            }
            return Self.general(number)
        }
    }

    /// A number as Excel's General format shows it: whole numbers without a fraction (`4.0` as
    /// Google Sheets writes it is `4`), others to 15 significant digits (`0.30000000000000004`
    /// is `0.3`); text that is not a number as written.
    static func general(_ raw: String) -> String {
        guard let value = Double(raw), value.isFinite else { return raw }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The number of columns a `<dimension ref="A1:I4"/>` spans (0 when absent or unreadable).
    static func width(ofDimension ref: String?) -> Int {
        guard let ref, let last = ref.split(separator: ":").last, let cell = XlsxCellReference(String(last)) else { return 0 }
        return cell.column + 1
    }
}
