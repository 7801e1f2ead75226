public import EvidentModel

/// A small XML element read whole from `XMLStreamReader`'s event stream: its start tag, its
/// child elements and its own text. Used for the parts of REFI-QDA files that are small and
/// nested (a codebook, one case, one selection); large parts are streamed element by element.
public struct XMLNode: Sendable, Hashable {
    public var start: XMLElementStart
    public var children: [XMLNode]
    /// The element's own character data, runs joined, children's text excluded.
    public var text: String

    public var name: String { start.name }
    public var line: Int { start.line }

    public init(start: XMLElementStart, children: [XMLNode] = [], text: String = "") {
        self.start = start
        self.children = children
        self.text = text
    }

    public subscript(attribute name: String) -> String? {
        start[attribute: name]
    }

    /// Child elements with this local name, in document order.
    public func children(named name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    /// The first child element with this local name.
    public func child(named name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    /// Reads the rest of the element whose start tag `start` the reader has just handed out,
    /// up to and including its end tag. Depth is bounded by libxml2's own nesting limit (256).
    public static func read(_ start: XMLElementStart, from reader: XMLStreamReader) throws(InputError) -> XMLNode {
        var stack = [XMLNode(start: start)]
        while let event = try reader.next() {
            switch event {
            case .start(let child):
                stack.append(XMLNode(start: child))
            case .text(let text, _):
                stack[stack.count - 1].text += text
            case .end:
                let finished = stack.removeLast()
                guard !stack.isEmpty else { return finished }
                stack[stack.count - 1].children.append(finished)
            }
        }
        throw InputError("the file ends inside <\(start.name)>", at: SourceLocation(file: reader.displayPath, line: start.line))
    }

    /// Skips the rest of an element whose start tag the reader has just handed out.
    public static func skip(_ start: XMLElementStart, from reader: XMLStreamReader) throws(InputError) {
        var depth = 1
        while let event = try reader.next() {
            switch event {
            case .start: depth += 1
            case .end:
                depth -= 1
                if depth == 0 { return }
            case .text: break
            }
        }
        throw InputError("the file ends inside <\(start.name)>", at: SourceLocation(file: reader.displayPath, line: start.line))
    }
}
