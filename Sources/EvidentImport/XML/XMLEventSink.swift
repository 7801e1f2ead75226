import CLibXML2
import EvidentModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where libxml2's SAX callbacks put what they meet: the queue of events the reader hands out,
/// the text being gathered, and the first problem (a refusal or a fatal parse error).
///
/// Only ever touched from inside `xmlParseChunk` on the reading thread, through the parser
/// context's `_private` pointer; `XMLStreamReader` owns it and outlives every call.
final class XMLEventSink {
    let displayPath: String
    let textLimit: Int
    let depthLimit: Int
    // The stored properties below skip the run-time exclusivity checks of class properties: the
    // sink is only ever reached from one thread (see above), one callback at a time, and none of
    // its methods hands out an access that outlives it. The checks cost a fifth of the reader's
    // time on large files.
    /// The parser context, once created; used to find the current line and to stop parsing.
    @exclusivity(unchecked) var context: xmlParserCtxtPtr?
    /// Events produced by the last chunk, in document order.
    @exclusivity(unchecked) var events: [XMLEvent] = []
    /// The first refusal or fatal error; parsing stops when it is set.
    @exclusivity(unchecked) private(set) var problem: InputError?
    /// Whether `problem` is set (checked on every callback, without copying the error).
    @exclusivity(unchecked) private var isStopped = false
    /// Non-fatal messages from libxml2 (namespace warnings and the like), the first few only.
    @exclusivity(unchecked) private(set) var warnings: [Diagnostic] = []
    /// The UTF-8 of the run of text being gathered, decoded once when the run ends.
    @exclusivity(unchecked) private var text = XMLTextBuffer()
    /// Elements open at the parser's position: name (in the parser's dictionary) and start line.
    @exclusivity(unchecked) private var open: [(name: UnsafePointer<xmlChar>?, line: Int)] = []
    @exclusivity(unchecked) private var textLine = 0
    /// Names and namespace URIs, each decoded once.
    @exclusivity(unchecked) private var names = XMLNameTable()

    init(displayPath: String, textLimit: Int, depthLimit: Int) {
        self.displayPath = displayPath
        self.textLimit = textLimit
        self.depthLimit = depthLimit
    }

    // MARK: - Events

    func startElement(
        name: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?, count: Int,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !isStopped else { return }
        flushText()
        guard open.count < depthLimit else {
            let (line, column) = tagStart()
            refuse(.tooDeep(limit: depthLimit), line: line, column: column)
            return
        }
        var list: [XMLAttribute] = []
        if let attributes, count > 0 {
            list.reserveCapacity(count)
            for index in 0..<count {
                let base = index * 5
                guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
                let value = Self.attributeValue(UnsafeBufferPointer(start: start, count: end - start))
                list.append(XMLAttribute(name: intern(attributes[base]), namespace: internOptional(attributes[base + 2]), value: value))
            }
        }
        let (line, column) = tagStart()
        open.append((name, line))
        events.append(.start(XMLElementStart(
            name: intern(name), namespace: internOptional(namespace), attributes: list, line: line, column: column
        )))
    }

    func endElement(name: UnsafePointer<xmlChar>?) {
        guard !isStopped else { return }
        flushText()
        _ = open.popLast()
        events.append(.end(name: intern(name), line: currentLine))
    }

    /// `<?target data?>`, handed out as an element named `?target` holding `data` as its text
    /// (see `XMLStreamReader.Options.instructions`).
    func processingInstruction(target: UnsafePointer<xmlChar>?, data: UnsafePointer<xmlChar>?) {
        guard !isStopped, let target else { return }
        flushText()
        let name = "?" + String(cString: target)
        let text = data.map { String(cString: $0) } ?? ""
        // The parser stands just past `?>`: the instruction began as many lines up as it holds.
        let line = currentLine - text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        events.append(.start(XMLElementStart(name: name, line: line)))
        if !text.isEmpty { events.append(.text(text, line: line)) }
        events.append(.end(name: name, line: currentLine))
    }

    /// An attribute value as libxml2 hands it over. Without entity substitution it writes an
    /// ampersand (from `&amp;` or `&#38;`) as `&#38;`, and no other `&` can remain, so that
    /// sequence is turned back into `&`.
    static func attributeValue(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
        guard let base = bytes.baseAddress, memchr(base, 0x26, bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let escaped: [UInt8] = Array("&#38;".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, index + escaped.count <= bytes.count,
               escaped.indices.allSatisfy({ bytes[index + $0] == escaped[$0] }) {
                out.append(0x26)
                index += escaped.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func characters(_ bytes: UnsafePointer<xmlChar>?, count: Int) {
        guard !isStopped, let bytes, count > 0 else { return }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        if text.isEmpty { textLine = currentLine - Self.lineFeeds(in: UnsafeRawBufferPointer(buffer)) }
        guard text.count + count <= textLimit else {
            refuse(.textTooLong(limit: textLimit), line: textLine, column: nil)
            return
        }
        text.append(buffer)
    }

    /// Emits the gathered text as one event.
    func flushText() {
        guard !text.isEmpty else { return }
        events.append(.text(text.take(), line: textLine))
    }

    // MARK: - Problems

    /// Records a problem met outside the parser (the bytes could not be read); the first wins.
    func fail(_ error: InputError) {
        if !isStopped { stop(error) }
    }

    /// Records a refusal (the first problem wins) and stops the parser.
    func refuse(_ refusal: XMLRefusal, line: Int, column: Int?) {
        if !isStopped { stop(refusal.error(at: SourceLocation(file: displayPath, line: line, column: column))) }
        if let context { xmlStopParser(context) }
    }

    /// A refusal located at the start of the markup that begins with `opening`, searched back
    /// from the parser's position (`<!ENTITY`, `<!DOCTYPE`).
    func refuse(_ refusal: XMLRefusal, markup opening: String) {
        let (line, column) = markupStart(Array(opening.utf8))
        refuse(refusal, line: line, column: column)
    }

    /// Records one of libxml2's structured errors: a fatal one stops the file with libxml2's
    /// own message; lesser ones are kept as warnings.
    func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) }?.trimmedWhitespace ?? "unknown XML error"
        let line = error.line > 0 ? Int(error.line) : currentLine
        let column = error.int2 > 0 ? Int(error.int2) : nil
        let location = SourceLocation(file: displayPath, line: line, column: column)
        if error.level == XML_ERR_FATAL {
            guard !isStopped, error.code != Int32(XML_ERR_USER_STOP.rawValue) else { return }
            if error.code == Int32(XML_ERR_DOCUMENT_END.rawValue), let innermost = open.last {
                // The push parser reports a file that ends inside an element as "Extra content at
                // the end of the document"; libxml2's pull parser words it better.
                stop(InputError("Premature end of data in tag \(intern(innermost.name)) line \(innermost.line)", at: location))
            } else {
                stop(InputError(message, at: location))
            }
        } else if warnings.count < 20 {
            warnings.append(.warning(message, at: location))
        }
    }

    /// Records a fatal error that libxml2 returned without reporting it.
    func recordFailure(code: Int32) {
        guard !isStopped, code != Int32(XML_ERR_USER_STOP.rawValue) else { return }
        stop(InputError("XML parse error \(code)", at: SourceLocation(file: displayPath, line: currentLine)))
    }

    /// Keeps the first problem; every callback after it does nothing.
    private func stop(_ error: InputError) {
        problem = error
        isStopped = true
    }

    // MARK: - Positions

    /// The parser's current line.
    var currentLine: Int {
        guard let input = context?.pointee.input else { return 1 }
        return Int(input.pointee.line)
    }

    /// Line and column of the `<` that opened the start tag just parsed. libxml2 calls the
    /// start-element callback with its position after the attributes, so this steps back
    /// through the tag, which is always whole in the buffer and holds no other `<` (attribute
    /// values cannot hold one), so no quoted literal needs skipping as declarations do.
    private func tagStart() -> (Int, Int?) {
        guard let input = context?.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else {
            return (currentLine, nil)
        }
        let line = Int(input.pointee.line)
        let column = Int(input.pointee.col)
        guard let tag = Self.tagOpening(before: cur, base: base) else { return (line, column) }
        let scalars = cur - tag.opening - tag.continuations
        if tag.newlines == 0 { return (line, max(1, column - scalars)) }
        return lineAndColumn(of: tag.opening, input: input.pointee, line: line, newlines: tag.newlines)
    }

    private func markupStart(_ opening: [UInt8]) -> (Int, Int?) {
        guard let input = context?.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else {
            return (currentLine, nil)
        }
        let line = Int(input.pointee.line)
        let column = Int(input.pointee.col)
        var position = cur
        var newlines = 0
        var scalars = 0
        var quote: UInt8?
        while position > base {
            position -= 1
            let byte = position.pointee
            if byte == 0x0A { newlines += 1 }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0x22 || byte == 0x27 {  // a quoted literal may hold the opening itself
                quote = quote == nil ? byte : (quote == byte ? nil : quote)
            }
            if quote == nil, byte == opening[0], cur - position >= opening.count,
               opening.indices.allSatisfy({ position[$0] == opening[$0] }) {
                break
            }
        }
        guard position.pointee == opening[0] else { return (line, column) }
        if newlines == 0 { return (line, max(1, column - scalars)) }
        return lineAndColumn(of: position, input: input.pointee, line: line, newlines: newlines)
    }

    /// The line and column of `position`, `newlines` line breaks before the parser's line `line`:
    /// the column is counted from the line's start when the buffer still holds it.
    private func lineAndColumn(
        of position: UnsafePointer<xmlChar>, input: xmlParserInput, line: Int, newlines: Int
    ) -> (Int, Int?) {
        guard let base = input.base else { return (line - newlines, nil) }
        var lineStart = position
        var before = 0
        while lineStart > base, (lineStart - 1).pointee != 0x0A {
            lineStart -= 1
            if lineStart.pointee & 0xC0 != 0x80 { before += 1 }
        }
        let known = lineStart > base || input.consumed == 0
        return (line - newlines, known ? before + 1 : nil)
    }

    /// The last `<` before `cur` (searched back to `base`), with the line feeds and UTF-8
    /// continuation bytes (`10xxxxxx`) from it up to `cur`; `nil` when there is none. Read eight
    /// bytes at a time, backwards: each byte of a word is tallied in the same byte of an
    /// accumulator, summed every 31 words (no byte of it can pass 255 before), so no population
    /// count is needed. O(bytes stepped over).
    static func tagOpening(
        before cur: UnsafePointer<UInt8>, base: UnsafePointer<UInt8>
    ) -> (opening: UnsafePointer<UInt8>, newlines: Int, continuations: Int)? {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        var end = cur
        var newlines = 0
        var continuations = 0
        var feeds: UInt64 = 0
        var tails: UInt64 = 0
        var words = 0
        func flush() {
            newlines &+= Int(truncatingIfNeeded: (feeds &* ones) >> 56)
            continuations &+= Int(truncatingIfNeeded: (tails &* ones) >> 56)
            feeds = 0
            tails = 0
            words = 0
        }
        while end - base >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(end - 8).loadUnaligned(as: UInt64.self))
            let angles = zeroBytes(word ^ 0x3C3C_3C3C_3C3C_3C3C)
            if angles != 0 {
                // The last `<` is the word's highest byte with its bit set; only the bytes from
                // it on count (the others are cleared, and a cleared byte is neither).
                let index = (63 - angles.leadingZeroBitCount) >> 3
                let part = word & (UInt64.max << UInt64(index * 8))
                feeds &+= zeroBytes(part ^ 0x0A0A_0A0A_0A0A_0A0A) >> 7
                tails &+= (part & ~(part << 1) & high) >> 7
                flush()
                return (end - 8 + index, newlines, continuations)
            }
            feeds &+= zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) >> 7
            tails &+= (word & ~(word << 1) & high) >> 7
            words &+= 1
            if words == 31 { flush() }
            end -= 8
        }
        flush()
        while end > base {
            end -= 1
            let byte = end.pointee
            if byte == 0x3C { return (end, newlines, continuations) }
            newlines &+= byte == 0x0A ? 1 : 0
            continuations &+= byte & 0xC0 == 0x80 ? 1 : 0
        }
        return nil
    }

    /// The high bit of each byte of `word` that is zero, and no other bit (exact: no borrow
    /// runs from one byte into the next).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// The line feeds in `bytes`, found with `memchr` (vectorised by the C library: text has
    /// few line feeds, so this is close to one pass at memory speed). O(n).
    static func lineFeeds(in bytes: UnsafeRawBufferPointer) -> Int {
        guard var position = bytes.baseAddress else { return 0 }
        let end = position + bytes.count
        var count = 0
        while position < end, let feed = memchr(position, 0x0A, end - position) {
            count += 1
            position = UnsafeRawPointer(feed) + 1
        }
        return count
    }

    // MARK: - Names

    private func intern(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return names.name(pointer)
    }

    private func internOptional(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { intern($0) }
    }
}
