import CLibXML2
import EvidentModel

/// Where libxml2's SAX callbacks put what they meet: the queue of events the reader hands out,
/// the text being gathered, and the first problem (a refusal or a fatal parse error).
///
/// Only ever touched from inside `xmlParseChunk` on the reading thread, through the parser
/// context's `_private` pointer; `XMLStreamReader` owns it and outlives every call.
final class XMLEventSink {
    let displayPath: String
    let textLimit: Int
    let depthLimit: Int
    /// The parser context, once created; used to find the current line and to stop parsing.
    var context: xmlParserCtxtPtr?
    /// Events produced by the last chunk, in document order.
    var events: [XMLEvent] = []
    /// The first refusal or fatal error; parsing stops when it is set.
    private(set) var problem: InputError?
    /// Non-fatal messages from libxml2 (namespace warnings and the like), the first few only.
    private(set) var warnings: [Diagnostic] = []
    private var text = ""
    /// Elements open at the parser's position: name (in the parser's dictionary) and start line.
    private var open: [(name: UnsafePointer<xmlChar>?, line: Int)] = []
    private var textLine = 0
    /// Names and namespace URIs come from the parser's dictionary, so one pointer is one name:
    /// each is decoded once.
    private var names: [UnsafeRawPointer: String] = [:]

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
        guard problem == nil else { return }
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
        let element = XMLElementStart(
            name: intern(name), namespace: internOptional(namespace), attributes: list, line: line, column: column
        )
        open.append((name, line))
        events.append(.start(element))
    }

    func endElement(name: UnsafePointer<xmlChar>?) {
        guard problem == nil else { return }
        flushText()
        _ = open.popLast()
        events.append(.end(name: intern(name), line: currentLine))
    }

    /// `<?target data?>`, handed out as an element named `?target` holding `data` as its text
    /// (see `XMLStreamReader.Options.instructions`).
    func processingInstruction(target: UnsafePointer<xmlChar>?, data: UnsafePointer<xmlChar>?) {
        guard problem == nil, let target else { return }
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
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
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
        guard problem == nil, let bytes, count > 0 else { return }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        if text.isEmpty {
            var newlines = 0
            for byte in buffer where byte == 0x0A { newlines += 1 }
            textLine = currentLine - newlines
        }
        guard text.utf8.count + count <= textLimit else {
            refuse(.textTooLong(limit: textLimit), line: textLine, column: nil)
            return
        }
        // libxml2 hands text over in whole characters, so each piece decodes on its own.
        text += String(decoding: buffer, as: UTF8.self)
    }

    /// Emits the gathered text as one event.
    func flushText() {
        guard !text.isEmpty else { return }
        events.append(.text(text, line: textLine))
        text = ""
    }

    // MARK: - Problems

    /// Records a problem met outside the parser (the bytes could not be read); the first wins.
    func fail(_ error: InputError) {
        if problem == nil { problem = error }
    }

    /// Records a refusal (the first problem wins) and stops the parser.
    func refuse(_ refusal: XMLRefusal, line: Int, column: Int?) {
        if problem == nil {
            problem = refusal.error(at: SourceLocation(file: displayPath, line: line, column: column))
        }
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
            guard problem == nil, error.code != Int32(XML_ERR_USER_STOP.rawValue) else { return }
            if error.code == Int32(XML_ERR_DOCUMENT_END.rawValue), let innermost = open.last {
                // The push parser reports a file that ends inside an element as "Extra content at
                // the end of the document"; libxml2's pull parser words it better.
                problem = InputError("Premature end of data in tag \(intern(innermost.name)) line \(innermost.line)", at: location)
            } else {
                problem = InputError(message, at: location)
            }
        } else if warnings.count < 20 {
            warnings.append(.warning(message, at: location))
        }
    }

    /// Records a fatal error that libxml2 returned without reporting it.
    func recordFailure(code: Int32) {
        guard problem == nil, code != Int32(XML_ERR_USER_STOP.rawValue) else { return }
        problem = InputError("XML parse error \(code)", at: SourceLocation(file: displayPath, line: currentLine))
    }

    // MARK: - Positions

    /// The parser's current line.
    var currentLine: Int {
        guard let input = context?.pointee.input else { return 1 }
        return Int(input.pointee.line)
    }

    /// Line and column of the `<` that opened the start tag just parsed. libxml2 calls the
    /// start-element callback with its position after the attributes, so this steps back
    /// through the tag (which is always whole in the buffer, and holds no other `<`).
    /// Declarations are found the same way, skipping quoted literals.
    private func tagStart() -> (Int, Int?) {
        markupStart([0x3C])
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
        var lineStart = position
        var before = 0
        while lineStart > base, (lineStart - 1).pointee != 0x0A {
            lineStart -= 1
            if lineStart.pointee & 0xC0 != 0x80 { before += 1 }
        }
        let known = lineStart > base || input.pointee.consumed == 0
        return (line - newlines, known ? before + 1 : nil)
    }

    // MARK: - Names

    private func intern(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let name = names[key] { return name }
        let name = String(cString: pointer)
        names[key] = name
        return name
    }

    private func internOptional(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { intern($0) }
    }
}
