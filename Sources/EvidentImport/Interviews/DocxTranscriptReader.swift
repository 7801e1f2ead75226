import EvidentModel

/// Reads a Word `.docx` transcript: streams `word/document.xml` out of the zip through
/// `ZipArchive` (every zip limit applies; nothing is unpacked to disk) into the hardened
/// `XMLStreamReader`, and on into plain text (`WordDocumentText`).
///
/// Refused, each with what to do (`TranscriptProblem`): a password-protected file (an OLE
/// compound file holding an `EncryptedPackage` stream, not a zip), a Word 97-2003 file renamed
/// `.docx`, anything else that is not a zip, a zip without `word/document.xml`, a damaged
/// archive, a document part over the size limit (a zip bomb), and XML the reader refuses.
enum DocxTranscriptReader {
    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The document's text and bold stretches, and the XML's encoding.
    static func read(
        path: String, bytes: [UInt8], file: String, limit: Int, options: XMLStreamReader.Options
    ) throws(InputError) -> (source: TranscriptSource, encoding: String) {
        if bytes.starts(with: oleSignature) {
            if contains(bytes, utf16: "EncryptedPackage") { throw TranscriptProblem.encrypted(file) }
            if contains(bytes, utf16: "WordDocument") { throw TranscriptProblem.legacyWord(file) }
            throw TranscriptProblem.notZip(file)
        }
        guard bytes.starts(with: zipSignature) else { throw TranscriptProblem.notZip(file) }
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes: bytes, file: file)
        } catch {
            throw error == ZipRefusal.notZip(file) ? TranscriptProblem.damaged(file) : error
        }
        guard let entry = archive.entry("word/document.xml") else { throw TranscriptProblem.noDocumentPart(file) }
        guard entry.uncompressedSize <= UInt64(limit) else { throw TranscriptProblem.tooLarge(file, limit: limit) }
        var document = WordDocumentText()
        let reader: XMLStreamReader
        do throws(InputError) {
            reader = XMLStreamReader(entry: try archive.stream(entry), displayPath: "word/document.xml", options: options)
            while let event = try reader.next() { document.take(event) }
        } catch {
            // A refusal of the zip itself (a damaged entry, a wrong checksum) names the .docx.
            if error.location?.file == file { throw error }
            throw TranscriptProblem.unreadableXML(file, error)
        }
        return (TranscriptSource(scalars: document.scalars, emphasis: document.emphasis), reader.encoding)
    }

    /// Whether `bytes` hold `name` in UTF-16LE, as an OLE directory entry names its streams.
    static func contains(_ bytes: [UInt8], utf16 name: String) -> Bool {
        let needle = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
