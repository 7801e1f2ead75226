import EvidentModel
import Testing

@testable import EvidentImport

/// Reads every record of a file with the given options.
private func records(_ path: String, _ options: CSVReader.Options = .init()) throws -> (CSVReader, [CSVRecord]) {
    let reader = try CSVReader(path: path, displayPath: "x.csv", options: options)
    var all: [CSVRecord] = []
    while let record = try reader.next() { all.append(record) }
    return (reader, all)
}

private func errorText(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("plain comma-separated text with LF endings")
    func plainLF() throws {
        let dir = try TemporaryDirectory()
        let (reader, rows) = try records(dir.write("a.csv", "id,name,score\n1,Ann,70\n2,Bo,80\n"))
        #expect(reader.delimiter == .comma)
        #expect(reader.encoding == .utf8)
        #expect(rows == [
            CSVRecord(line: 1, fields: ["id", "name", "score"]),
            CSVRecord(line: 2, fields: ["1", "Ann", "70"]),
            CSVRecord(line: 3, fields: ["2", "Bo", "80"]),
        ])
    }

    @Test("CRLF endings, and a last record with no line end")
    func crlf() throws {
        let dir = try TemporaryDirectory()
        let (_, rows) = try records(dir.write("a.csv", "a,b\r\n1,2\r\n3,4"))
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test("a lone CR also ends a line")
    func loneCR() throws {
        let dir = try TemporaryDirectory()
        let (_, rows) = try records(dir.write("a.csv", "a,b\r1,2\r"))
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("quoted fields keep delimiters, doubled quotes and line breaks; lines count physically")
    func quoting() throws {
        let dir = try TemporaryDirectory()
        let text = "id,text\r\n1,\"Mum said, \"\"no\"\"\r\nthen yes\"\r\n2,\"\"\r\n3,plain\r\n"
        let (_, rows) = try records(dir.write("a.csv", text))
        #expect(rows.map(\.fields) == [["id", "text"], ["1", "Mum said, \"no\"\r\nthen yes"], ["2", ""], ["3", "plain"]])
        // Record 1 starts on line 2 and spans two physical lines, so record 2 starts on line 4.
        #expect(rows.map(\.line) == [1, 2, 4, 5])
    }

    @Test("Excel-style leniency: text after a closing quote is kept; a quote inside an unquoted field is literal")
    func lenientQuotes() throws {
        let dir = try TemporaryDirectory()
        let (_, rows) = try records(dir.write("a.csv", "a,b\n\"x\"y,5\" tall\n"))
        #expect(rows[1].fields == ["xy", "5\" tall"])
    }

    @Test("blank lines are skipped and not counted")
    func blankLines() throws {
        let dir = try TemporaryDirectory()
        let (_, rows) = try records(dir.write("a.csv", "a,b\n\n1,2\r\n\r\n\n3,4\n\n"))
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [1, 3, 6])
    }

    @Test("a UTF-8 byte order mark is removed, not left in the first header")
    func utf8BOM() throws {
        let dir = try TemporaryDirectory()
        let (reader, rows) = try records(dir.write("a.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("ID,Name\n1,Zoë\n".utf8)))
        #expect(reader.encoding == .utf8BOM)
        #expect(rows[0].fields == ["ID", "Name"])
        #expect(rows[1].fields == ["1", "Zoë"])
    }

    @Test("UTF-16 with a byte order mark, little- and big-endian, tab-separated (Excel Unicode Text)")
    func utf16() throws {
        let dir = try TemporaryDirectory()
        let text = "Name\tNote\nZoë\tcafé 👍🏽\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let cases: [(String, [UInt8], TextEncoding)] = [("le.txt", little, .utf16LE), ("be.txt", big, .utf16BE)]
        for (name, bytes, encoding) in cases {
            let (reader, rows) = try records(dir.write(name, bytes: bytes), .init(chunkSize: 5))
            #expect(reader.encoding == encoding)
            #expect(reader.delimiter == .tab)
            #expect(rows.map(\.fields) == [["Name", "Note"], ["Zoë", "café 👍🏽"]])
        }
    }

    @Test("bytes that are not UTF-8 and carry no BOM are read as Windows-1252")
    func windows1252() throws {
        let dir = try TemporaryDirectory()
        // 0x92 is ’ and 0xA3 is £ in Windows-1252; 0x96 is an en dash.
        let bytes: [UInt8] = Array("q\r\nMum".utf8) + [0x92] + Array("s rent ".utf8) + [0xA3] + Array("40 ".utf8) + [0x96]
            + Array(" late\r\n".utf8)
        let (reader, rows) = try records(dir.write("a.csv", bytes: bytes))
        #expect(reader.encoding == .windows1252)
        #expect(rows[1].fields == ["Mum’s rent £40 – late"])
    }

    /// The encoding pass reads 1 MiB at a time and skips ASCII 32 and 8 bytes at a time: one
    /// stray byte deep in a long file, at every alignment, still makes it Windows-1252, and
    /// valid multi-byte characters across the 1 MiB boundary keep it UTF-8.
    @Test("one byte that is not UTF-8, deep in a long file, makes it Windows-1252", arguments: [0, 1, 7, 8, 31, 32, 33])
    func windows1252Late(offset: Int) throws {
        let dir = try TemporaryDirectory()
        let line = Array("An ordinary answer, long enough to fill many words of plain text.\n".utf8)
        var bytes = Array("q\n".utf8)
        while bytes.count < (1 << 20) + 4096 { bytes += line }
        bytes.insert(0xA3, at: (1 << 20) + 64 + offset)
        let (reader, _) = try records(dir.write("late.csv", bytes: bytes))
        #expect(reader.encoding == .windows1252)
    }

    @Test("multi-byte characters across the encoding pass's 1 MiB chunks keep a file UTF-8", arguments: [1, 2, 3])
    func utf8AcrossChunks(shift: Int) throws {
        let dir = try TemporaryDirectory()
        var bytes = Array("q\n".utf8)
        let line = [UInt8](repeating: 0x61, count: 999) + [0x0A]
        while bytes.count + line.count < (1 << 20) - shift { bytes += line }
        bytes += [UInt8](repeating: 0x61, count: (1 << 20) - bytes.count - shift)
        bytes += Array("😊 café\n".utf8)  // the emoji's four bytes straddle the boundary
        let (reader, rows) = try records(dir.write("straddle.csv", bytes: bytes))
        #expect(reader.encoding == .utf8)
        #expect(rows.last?.fields.first?.hasSuffix("😊 café") == true)
    }

    @Test("a file whose BOM declares UTF-8 but holds invalid bytes is refused, naming the line")
    func invalidUTF8AfterBOM() throws {
        let dir = try TemporaryDirectory()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\nxy,".utf8) + [0xFF] + Array("z\n".utf8)
        let path = try dir.write("a.csv", bytes: bytes)
        let message = errorText { _ = try records(path) }
        #expect(message == """
            error: invalid UTF-8 byte 0xFF in a file whose byte order mark declares UTF-8 --> x.csv:3:4
              help: re-save the file as UTF-8 (in Excel: CSV UTF-8), or remove the damaged characters
            """)
    }

    @Test("the delimiter is sniffed outside quotes", arguments: [
        ("a;b;c\n1;\"x,y,z\";3\n4;5;6\n", Delimiter.semicolon),
        ("a\tb\n1\t\"2;3\"\n", Delimiter.tab),
        ("a,b\n\"1;2;3;4\",5\n", Delimiter.comma),
        ("\"id\";\"text\"\r\n\"1\";\"hello, world\"\r\n", Delimiter.semicolon),
    ])
    func sniffing(text: String, expected: Delimiter) throws {
        let dir = try TemporaryDirectory()
        let (reader, rows) = try records(dir.write("a.csv", text))
        #expect(reader.delimiter == expected)
        #expect(rows.allSatisfy { $0.fields.count == rows[0].fields.count })
    }

    @Test("an unterminated quote is refused naming the line and column where it opened")
    func unterminatedQuote() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("a.csv", "id,text\n1,fine\n2,\"never closed\n3,more\n")
        let message = errorText { _ = try records(path) }
        #expect(message == """
            error: unterminated quoted field --> x.csv:3:3
              help: the quote opened here never closes; add the closing " or remove the stray one
            """)
    }

    @Test("a field longer than the limit is refused naming its line")
    func fieldLimit() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("a.csv", "id,text\n1,short\n2," + String(repeating: "x", count: 2048) + "\n")
        let message = errorText { _ = try records(path, .init(fieldLimit: 1024)) }
        #expect(message == """
            error: field longer than 1 KiB --> x.csv:3:3
              help: a field this long means a quote that never closes (a spreadsheet cell holds at most 32,767 characters): check the quotes from this line on
            """)
        #expect(throws: Never.self) { _ = try records(path, .init(fieldLimit: 4096)) }
    }

    @Test("records, CRLFs and multi-byte characters split across chunk boundaries read the same", arguments: [1, 2, 3, 7, 64])
    func chunkBoundaries(chunkSize: Int) throws {
        let dir = try TemporaryDirectory()
        let text = "id,text\r\n1,\"Zoë’s \"\"key\"\"\r\nworker 👩🏽‍👧\"\r\n2,café\r\n"
        let path = try dir.write("a.csv", text)
        let (_, whole) = try records(path)
        let (_, chunked) = try records(path, .init(chunkSize: chunkSize))
        #expect(chunked == whole)
        #expect(whole[1].fields[1] == "Zoë’s \"key\"\r\nworker 👩🏽‍👧")
    }

    @Test("the reader hashes the bytes it reads (SHA-256 of the file)")
    func digest() throws {
        let dir = try TemporaryDirectory()
        // sha256sum of the three bytes "abc" (FIPS 180-4 example B.1).
        let (reader, _) = try records(dir.write("a.csv", "abc"))
        #expect(reader.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        let message = errorText { _ = try CSVReader(path: "/nonexistent/x.csv", displayPath: "Surveys/x.csv") }
        #expect(message == """
            error: cannot open file: no such file or directory --> Surveys/x.csv
              help: check the path in the study manifest and that the file is readable
            """)
    }
}
