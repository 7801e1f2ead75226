import EvidentModel

/// Tells what a file is from its first bytes (and, for a zip, its entry names; for XML, its
/// root element), never from its name alone:
/// - zip (`PK\3\4`): an Excel workbook (`xl/workbook.xml`), a Word document
///   (`word/document.xml`), a REFI-QDA project (a `.qde` at the top), a LimeSurvey archive
///   (`.lss` / `.lsr` inside), an OpenDocument file (its `mimetype`), else a zip;
/// - an OLE compound file (`D0 CF 11 E0`): an Office 97–2003 file, or a password-protected
///   one (an `EncryptedPackage` stream);
/// - `%PDF`;
/// - XML (`<` first, after a BOM and white space): by its root element, read with the hardened
///   `XMLStreamReader` (`XMLKind`);
/// - text (valid UTF-8, UTF-16 with a BOM, or Windows-1252 without control bytes): delimited
///   when `DelimiterSniffer` finds a delimiter that splits the first lines into the same number
///   of fields (two or more), else plain text — a transcript;
/// - anything else is binary.
///
/// A name's extension only breaks a tie: a `.csv` with prose lines is still delimited text
/// (one column), so its reader can say what is wrong with it.
public enum FileSniffer {
    /// What `path` is. A file that cannot be opened is `binary`; its reader reports why.
    public static func kind(of path: String) -> FileKind {
        if FilePaths.isDirectory(path) { return .folder }
        guard let stream = try? ByteStream(path: path, displayPath: path, chunkSize: 64 * 1024, hashing: false) else { return .binary }
        let head = stream.next()
        if head.isEmpty { return .empty }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return zipKind(path) }
        if head.starts(with: DocxTranscriptReader.oleSignature) {
            return .legacyOffice(encrypted: DocxTranscriptReader.contains(head, utf16: "EncryptedPackage"))
        }
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        guard let text = TextSample(head, isWholeFile: stream.isAtEnd) else { return .binary }
        if text.startsWithTag { return .xml(xmlKind(path)) }
        return text.isDelimited(extension: FilePaths.pathExtension(path)) ? .delimited : .text
    }

    /// What a zip holds, from its central directory (`ZipArchive`). A zip the archive reader
    /// refuses (a bomb, overlapping or duplicate entries) is a plain `zip`: its reader repeats
    /// the refusal with the limit named (`TabularFile`).
    static func zipKind(_ path: String) -> FileKind {
        guard let zip = try? ZipArchive(path: path, file: path) else { return .zip }
        let names = zip.entries.map(\.key)
        if zip.entry("xl/workbook.xml") != nil { return .workbook }
        if zip.entry("word/document.xml") != nil { return .wordDocument }
        if names.contains(where: { $0.hasSuffix(".qde") && !$0.contains("/") }) { return .refiProject }
        if names.contains(where: { $0.hasSuffix(".lss") || $0.hasSuffix(".lsr") }) { return .limeSurveyArchive }
        if let entry = zip.entry("mimetype"), let mimetype = try? zip.contents(of: entry, limit: 256) {
            let type = String(decoding: mimetype, as: UTF8.self)
            if type.hasSuffix("opendocument.spreadsheet") { return .openDocument("ods") }
            if type.hasSuffix("opendocument.text") { return .openDocument("odt") }
            return .openDocument(type)
        }
        return .zip
    }

    /// The kind of an XML file, by its root element (and, for LimeSurvey, its first child).
    static func xmlKind(_ path: String) -> XMLKind {
        guard let reader = try? XMLStreamReader(path: path, displayPath: path),
              case .start(let root)? = try? reader.nextSignificant() else { return .odkSubmission }
        switch (root.name, root.namespace) {
        case ("msc-stories", _): return .mscStories
        case ("Responses", _): return .qualtricsResponses
        case ("CodeBook", let namespace?) where namespace.hasPrefix("urn:QDA-XML:codebook"): return .refiCodebook
        case ("CodeBook", nil): return .refiCodebook
        case ("Project", let namespace?) where namespace.hasPrefix("urn:QDA-XML:project"): return .refiProjectXML
        case ("html", _): return .formDefinition
        case ("document", _):
            if case .start(let child)? = try? reader.nextSignificant(), child.name == "LimeSurveyDocType" { return .limeSurvey }
            return .other(root: root.name)
        case ("worksheet", _), ("workbook", _), ("sst", _), ("styleSheet", _), ("svg", _), ("rss", _), ("feed", _),
             ("Workbook", _), ("Project", _):
            return .other(root: root.name)
        default:
            return .odkSubmission
        }
    }
}

/// The first bytes of a file read as text, when they are text.
struct TextSample {
    let lines: [String]
    let startsWithTag: Bool
    private let isWholeFile: Bool

    init?(_ bytes: [UInt8], isWholeFile: Bool) {
        self.isWholeFile = isWholeFile
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            var index = 2
            while index + 1 < bytes.count {
                units.append(bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index]))
                index += 2
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            // A chunk may end inside a character: drop up to three trailing bytes before judging.
            var validator = UTF8Validator()
            let isUTF8 = body.dropLast(isWholeFile ? 0 : 3).allSatisfy { validator.accept($0) }
            let controls = body.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) || $0 == 0x7F }.count
            guard controls * 100 <= body.count else { return nil }
            text = isUTF8 ? String(decoding: body, as: UTF8.self) : String(String.UnicodeScalarView(body.compactMap { Unicode.Scalar(Windows1252.scalarValue(of: $0)) }))
        }
        let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}" }
        startsWithTag = trimmed.first == "<" && trimmed.dropFirst().first.map { $0.isLetter || $0 == "?" || $0 == "!" } == true
        var lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
        if !isWholeFile, lines.count > 1 { lines.removeLast() }
        self.lines = Array(lines.prefix(50))
    }

    /// Delimited when a delimiter splits at least two of the first lines (all, when there are
    /// fewer than five) into the same number of fields, two or more, outside quotes. A
    /// `.csv` / `.tsv` of one column counts as delimited too (its reader judges it).
    func isDelimited(extension ext: String) -> Bool {
        let candidates: [Character] = ["\t", ",", ";"]
        let sample = lines.filter { !$0.trimmedWhitespace.isEmpty }
        if speakerTurns(sample) { return false }
        guard !sample.isEmpty else { return ["csv", "tsv"].contains(ext) }
        for delimiter in candidates {
            let counts = sample.map { Self.fields(in: $0, delimiter: delimiter) }
            guard let first = counts.first, first >= 2 else { continue }
            let agreeing = counts.filter { $0 == first }.count
            // Quoted fields may hold line breaks, so later lines can split differently.
            if sample.count == 1 || agreeing * 10 >= counts.count * 6 || (agreeing >= 2 && quotedLineBreaks) { return true }
        }
        return ["csv", "tsv"].contains(ext)
    }

    /// Half the lines or more open like a transcript's turns: `[id1] …`, `Interviewer: …`,
    /// (a label of up to four words, then the words).
    private func speakerTurns(_ sample: [String]) -> Bool {
        let turns = sample.filter { line in
            let trimmed = line.trimmedWhitespace
            if trimmed.first == "[", let close = trimmed.firstIndex(of: "]") {
                let words = String(trimmed[trimmed.index(after: close)...]).trimmedWhitespace
                return trimmed.distance(from: trimmed.startIndex, to: close) <= 30 && !words.isEmpty
            }
            guard let colon = trimmed.firstIndex(of: ":"), let first = trimmed.first, first.isLetter else { return false }
            let label = trimmed[..<colon]
            return label.count <= 30 && label.split(separator: " ").count <= 4
                && label.allSatisfy { $0.isLetter || $0.isNumber || " .'’-()".contains($0) }
        }
        return turns.count >= 2 && turns.count * 2 >= sample.count
    }

    private var quotedLineBreaks: Bool {
        lines.contains { $0.filter { $0 == "\"" }.count % 2 == 1 }
    }

    static func fields(in line: String, delimiter: Character) -> Int {
        var count = 1
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == delimiter, !quoted { count += 1 }
        }
        return count
    }
}
