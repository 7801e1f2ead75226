import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// The `.xlsx` reader: cells of every type, both date systems, merged headings, sheets by
/// name, and hostile workbooks refused within limits.
@Suite("Excel workbooks")
struct XlsxSheetReaderTests {
    func rows(_ path: String, sheet: String? = nil, limits: XlsxPart.Limits = .standard) throws -> [CSVRecord] {
        let reader = try XlsxSheetReader(path: path, displayPath: "book.xlsx", sheet: sheet, hashing: false, limits: limits)
        var rows: [CSVRecord] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    func write(_ book: XlsxWorkbookBuilder) throws -> String {
        try TemporaryDirectory().write("book.xlsx", bytes: book.bytes())
    }

    /// calamine's own tests say what these cells hold (tests/test.rs, `date_xlsx`,
    /// `date_xlsx_1904`): 2021-01-01 in A1 and an elapsed 255 h 10 min 10 s in A3, in the 1900
    /// and the 1904 system alike.
    @Test("dates in the 1900 and 1904 systems, and an elapsed time, as calamine reads them", arguments: [
        "calamine-date.xlsx", "calamine-date-1904.xlsx",
    ])
    func dates(_ name: String) throws {
        let rows = try rows(RealFiles.path(name))
        #expect(rows.first?.fields.first == "2021-01-01")
        #expect(rows.first { $0.line == 3 }?.fields.first == "255:10:10")
    }

    /// calamine's test lists the ranges (tests/test.rs, `merged_range`): A1:A2, B1:B2, C1:D2,
    /// C3:D3, C4:D4, E1:E2 … H1:H2.
    @Test("merged headings head every column they cover; merged down, they leave the row below blank (calamine's merged_range.xlsx)")
    func mergedHeadings() throws {
        let inspection = try RealFiles.inspect("calamine-merged-range.xlsx")
        #expect(inspection.columns.map(\.name) == ["A1", "B1", "C1", "C1 (2)", "E1", "F1", "G1", "H1"])
        let rows = try rows(RealFiles.path("calamine-merged-range.xlsx"))
        #expect(rows.map(\.line) == [1, 3, 4], "row 2 lies inside the headings merged down: blank, skipped")
        #expect(rows[1].fields[2...3] == ["C3", "C3"], "C3:D3 starts in the first three rows, read as headings")
        #expect(rows[2].fields[2...3] == ["C4", ""], "C4:D4 is below them: its value in its first cell only")
    }

    @Test("Excel's _x000D_ escape is decoded (calamine's has_x000D_.xlsx)")
    func escapes() throws {
        let rows = try rows(RealFiles.path("calamine-x000D.xlsx"))
        #expect(rows.first?.fields.first?.contains("\r") == true)
    }

    @Test("shared and inline strings, numbers as Excel shows them, booleans, errors, empty cells, dates in a date style")
    func cells() throws {
        var book = XlsxWorkbookBuilder()
        book.sharedStrings = ["ID", "When", "Confident", "Comment", "Yes", "I felt listened to &amp; respected"]
        book.sheets = [("Form1", XlsxWorkbookBuilder.sheet([
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"inlineStr\"><is><t>Done</t></is></c></row>",
            "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>45323.5</v></c><c r=\"C2\"><v>7.0</v></c><c r=\"D2\" t=\"s\"><v>5</v></c><c r=\"E2\" t=\"b\"><v>1</v></c></row>",
            "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" s=\"2\"><v>45324</v></c><c r=\"C3\"><v>0.30000000000000004</v></c><c r=\"E3\" t=\"e\"><v>#N/A</v></c></row>",
            "<row r=\"5\"><c r=\"A5\"><v>3</v></c><c r=\"C5\" t=\"str\"><v>8</v></c></row>",
        ]), false)]
        let rows = try rows(write(book))
        #expect(rows.map(\.line) == [1, 2, 3, 5])
        #expect(rows.map(\.fields) == [
            ["ID", "When", "Confident", "Comment", "Done"],
            ["1", "2024-02-01 12:00:00", "7", "I felt listened to & respected", "TRUE"],
            ["2", "2024-02-02", "0.3", "", "#N/A"],
            ["3", "", "8", "", ""],
        ])
    }

    @Test("the 1904 date system: serial 0 is 1904-01-01")
    func system1904() throws {
        var book = XlsxWorkbookBuilder()
        book.date1904 = true
        book.sheets = [("S", XlsxWorkbookBuilder.sheet(["<row r=\"1\"><c r=\"A1\" s=\"2\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>42735</v></c></row>"]), false)]
        #expect(try rows(write(book)).first?.fields == ["1904-01-01", "2021-01-01"])
        #expect(XlsxDate.text(serial: 60, is1904: false, shows: .date) == "1900-02-29", "Excel's day that never was")
        #expect(XlsxDate.text(serial: 61, is1904: false, shows: .date) == "1900-03-01")
    }

    @Test("the first visible sheet by default, another by name; an unknown name lists the sheets")
    func sheets() throws {
        var book = XlsxWorkbookBuilder()
        book.sharedStrings = ["hidden", "first", "second"]
        book.sheets = [
            ("Old", XlsxWorkbookBuilder.sheet(["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"]), true),
            ("Form1", XlsxWorkbookBuilder.sheet(["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"]), false),
            ("Summary", XlsxWorkbookBuilder.sheet(["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>"]), false),
        ]
        let path = try write(book)
        #expect(try rows(path).first?.fields == ["first"])
        #expect(try rows(path, sheet: "summary").first?.fields == ["second"])
        #expect(throws: InputError("the workbook has no sheet named 'Responses'", at: SourceLocation(file: "book.xlsx"),
                                   help: "its sheets are 'Old', 'Form1', 'Summary'")) {
            try rows(path, sheet: "Responses")
        }
    }

    @Test("a workbook whose sheet declares an entity is refused before anything is expanded")
    func entities() throws {
        var book = XlsxWorkbookBuilder()
        book.sheets = [("S", """
            <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\
            <worksheet xmlns="\(XlsxWorkbookBuilder.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>
            """, false)]
        #expect(throws: InputError.self) { try rows(write(book)) }
    }

    @Test("a zip bomb sheet is refused from its compression ratio, before it is inflated")
    func zipBomb() throws {
        var book = XlsxWorkbookBuilder()
        let filler = String(repeating: "<row/>", count: 2_000_000)
        book.sheets = [("S", XlsxWorkbookBuilder.sheet([filler]), false)]
        let path = try write(book)
        do throws(InputError) {
            _ = try XlsxSheetReader(path: path, displayPath: "book.xlsx")
            Issue.record("a 12 MB sheet packed 1000:1 was read")
        } catch {
            #expect(error.message.contains("(a zip bomb)"), "\(error)")
        }
    }

    @Test("shared strings past their limit (size or count) are refused, naming the limit")
    func sharedStringLimits() throws {
        var book = XlsxWorkbookBuilder()
        book.sharedStrings = (0..<300).map { "answer number \($0)" }
        book.sheets = [("S", XlsxWorkbookBuilder.sheet(["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"]), false)]
        let path = try write(book)
        #expect(throws: InputError.self) { try rows(path, limits: XlsxPart.Limits(sharedStrings: 1024)) }
        #expect(throws: InputError.self) { try rows(path, limits: XlsxPart.Limits(sharedStringCount: 100)) }
        #expect(try rows(path).count == 1)
    }

    @Test("a workbook listing one part twice is refused (the shared zip layer)")
    func duplicateParts() throws {
        var book = XlsxWorkbookBuilder()
        book.sheets = [("S", XlsxWorkbookBuilder.sheet(["<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"]), false)]
        book.extra = [("XL/Worksheets/Part1.xml", XlsxWorkbookBuilder.sheet(["<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"]))]
        #expect(throws: InputError.self) { try rows(write(book)) }
    }

    @Test("cell references: letters then digits, within Excel's XFD")
    func references() {
        #expect(XlsxCellReference("AB3") == XlsxCellReference(column: 27, row: 3))
        #expect(XlsxCellReference("XFD1")?.column == 16_383)
        #expect(XlsxCellReference("XFE1") == nil)
        #expect(XlsxCellReference("1A") == nil)
    }

    @Test("custom number formats: dates, times, elapsed times and numbers told apart", arguments: [
        ("m/d/yyyy h:mm:ss", XlsxDate.Shows.dateAndTime), ("dd/mm/yyyy", .date), ("[h]:mm:ss", .elapsed), ("h:mm AM/PM", .time),
        ("\"Score: \"0.0", nil), ("0.00%", nil), ("General", nil), ("[$-409]mmmm\" \"d\", \"yyyy", .date),
    ])
    func formats(_ code: String, _ shows: XlsxDate.Shows?) {
        #expect(XlsxStyles.shows(formatCode: code) == shows)
    }
}
