import CLibXML2
public import EvidentModel

/// Reads an XML file as a stream of events (start tag, text, end tag) through libxml2's SAX2
/// push parser, hardened against hostile files, in memory that stays flat as files grow.
///
/// - Memory: the file is fed to the parser in chunks (`Options.chunkSize`); no tree is built;
///   events are handed out as each chunk is parsed. Only one run of text is ever held whole
///   (up to `Options.textLimit`).
/// - Speed: the next chunk of a file is read and hashed on another core while one is parsed
///   (`XMLChunkReader`); the callbacks copy nothing they need not, and decode each name once.
/// - Hardening: no network (`XML_PARSE_NONET`), no DTD loading or validation, no entity
///   substitution (`XML_PARSE_NOENT` is never set), and an external entity loader that refuses
///   every request. A file that declares an entity (the billion-laughs bomb), names an external
///   entity or an external DTD is refused where the declaration starts, before anything is
///   expanded or opened (`XMLRefusal`). libxml2's own limits stay on (`XML_PARSE_HUGE` is not
///   set): names of 50,000 bytes, attribute values of 10 MB; the reader adds its own limits on
///   nesting depth (`Options.depthLimit`) and on one run of text (`Options.textLimit`).
/// - Errors: libxml2's messages are captured through its structured error handler, never
///   printed, and thrown as `error: <libxml2's message> --> file:line:column`.
/// - Encodings: whatever libxml2 detects (BOM, XML declaration); text comes out as UTF-8.
///
/// Not thread-safe: one reader is used by one thread at a time.
public final class XMLStreamReader {
    /// How the reader reads: chunk size and the limits that keep hostile files bounded.
    public struct Options: Sendable, Hashable {
        /// Bytes handed to the parser at a time (default 256 KiB: with a chunk read ahead on
        /// another thread, a quarter as many hand-overs as 64 KiB cost a third of the system time).
        public var chunkSize: Int
        /// Longest run of text accepted in one element, in UTF-8 bytes (default 16 MiB).
        public var textLimit: Int
        /// Deepest element nesting accepted (default 256, libxml2's own limit in its other modes).
        public var depthLimit: Int
        /// Hand out processing instructions (`<?target data?>`), each as an element named `?`
        /// followed by its target (a name no element can have) holding the data as its text.
        /// Off by default: only REFI-QDA files carry instructions anyone reads (`QDAInstruction`).
        public var instructions: Bool

        /// The defaults suit every export the suite reads.
        public init(chunkSize: Int = 1 << 18, textLimit: Int = 16 << 20, depthLimit: Int = 256, instructions: Bool = false) {
            self.chunkSize = chunkSize
            self.textLimit = textLimit
            self.depthLimit = depthLimit
            self.instructions = instructions
        }
    }

    /// The file as shown to the user.
    public let displayPath: String
    private let chunks: XMLChunkReader
    private let sink: XMLEventSink
    private var context: xmlParserCtxtPtr?
    /// The next of `sink.events` to hand out.
    private var cursor = 0
    private var isFinished = false
    private var head: [UInt8] = []
    private let handsOutInstructions: Bool

    /// Opens `path` (shown to the user as `displayPath`); throws when it cannot be opened.
    public init(path: String, displayPath: String, options: Options = Options()) throws(InputError) {
        _ = XMLCallbacks.installed
        self.displayPath = displayPath
        handsOutInstructions = options.instructions
        let file = try ByteStream(path: path, displayPath: displayPath, chunkSize: options.chunkSize)
        chunks = XMLChunkReader(source: file, readsAhead: true)
        sink = XMLEventSink(displayPath: displayPath, textLimit: options.textLimit, depthLimit: options.depthLimit)
    }

    /// Reads a part of a zip (a `.qdpx` project's XML, a `.docx` document, an `.xlsx` sheet)
    /// straight from `ZipArchive`, in chunks, without unpacking it anywhere first.
    public init(entry: ZipEntryStream, displayPath: String, options: Options = Options()) {
        _ = XMLCallbacks.installed
        self.displayPath = displayPath
        handsOutInstructions = options.instructions
        // Not read ahead: other parts of the same zip may be read between two chunks of this one.
        chunks = XMLChunkReader(source: ZipXMLSource(entry), readsAhead: false)
        sink = XMLEventSink(displayPath: displayPath, textLimit: options.textLimit, depthLimit: options.depthLimit)
    }

    deinit {
        if let context {
            context.pointee._private = nil
            xmlFreeParserCtxt(context)
        }
    }

    /// SHA-256 of the file's bytes, lowercase hex; complete once `next()` has returned `nil`.
    public var sha256: String { chunks.digest() }

    /// Bytes read from the file so far.
    public var bytesRead: Int { chunks.bytesRead }

    /// Non-fatal messages libxml2 reported (the first 20).
    public var warnings: [Diagnostic] { sink.warnings }

    /// The encoding the file was read in: `utf-8-bom`, `utf-16le` or `utf-16be` when a BOM says
    /// so, else the XML declaration's encoding in lower case, else `utf-8`.
    public var encoding: String {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return "utf-8-bom" }
        if head.starts(with: [0xFF, 0xFE]) { return "utf-16le" }
        if head.starts(with: [0xFE, 0xFF]) { return "utf-16be" }
        if let declared = context?.pointee.encoding { return String(cString: declared).lowercased() }
        return "utf-8"
    }

    /// The next event, or `nil` after the end of the document. Throws the first refusal or
    /// fatal parse error, after handing out the events that came before it.
    public func next() throws(InputError) -> XMLEvent? {
        while true {
            if cursor < sink.events.count {
                // Moved out (an empty end tag left in its place), not copied: no reference
                // counting per event.
                var event = XMLEvent.end(name: "", line: 0)
                swap(&event, &sink.events[cursor])
                cursor += 1
                return event
            }
            sink.events.removeAll(keepingCapacity: true)
            cursor = 0
            if let problem = sink.problem { throw problem }
            if isFinished { return nil }
            parseNextChunk()
        }
    }

    /// The next event that is not whitespace-only text.
    public func nextSignificant() throws(InputError) -> XMLEvent? {
        while let event = try next() {
            if case .text(let text, _) = event, text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
                continue
            }
            return event
        }
        return nil
    }

    private func parseNextChunk() {
        let bytes: [UInt8]
        let isLast: Bool
        do throws(InputError) {
            (bytes, isLast) = try chunks.next()
        } catch {
            sink.fail(error)
            isFinished = true
            return
        }
        if context == nil, bytes.isEmpty {
            sink.refuse(.emptyFile, line: 1, column: nil)
            isFinished = true
            return
        }
        if context == nil {
            head = Array(bytes.prefix(4))
            var handler = XMLCallbacks.handler(instructions: handsOutInstructions)
            let created = head.withUnsafeBufferPointer { first in
                first.withMemoryRebound(to: CChar.self) { chars in
                    xmlCreatePushParserCtxt(&handler, nil, chars.baseAddress, Int32(chars.count), displayPath)
                }
            }
            guard let created else {
                sink.recordFailure(code: -1)
                isFinished = true
                return
            }
            context = created
            sink.context = created
            created.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
            xmlCtxtUseOptions(created, Int32(XML_PARSE_NONET.rawValue))
            parse(Array(bytes.dropFirst(head.count)), isLast: isLast)
        } else {
            parse(bytes, isLast: isLast)
        }
        if isLast { isFinished = true }
    }

    private func parse(_ bytes: [UInt8], isLast: Bool) {
        guard let context else { return }
        let opaque = UnsafeMutableRawPointer(context)
        xmlSetStructuredErrorFunc(opaque, XMLCallbacks.structuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let code = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlParseChunk(context, chars.baseAddress, Int32(chars.count), isLast ? 1 : 0)
            }
        }
        if code != 0, context.pointee.wellFormed == 0 || context.pointee.disableSAX != 0 {
            sink.recordFailure(code: code)
        }
        if isLast { sink.flushText() }
    }
}
