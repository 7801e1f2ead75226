/// One thing the streaming XML reader met, in document order: an element's start tag (with its
/// attributes), a run of text, or an end tag.
///
/// Names are local names (the part after any prefix) with the namespace URI beside them, so
/// `<orx:instanceID>` and `<instanceID>` read alike. Text is exactly the character data,
/// built-in entities and character references already replaced, adjacent runs (and CDATA
/// sections) joined into one event; comments and processing instructions are skipped.
public enum XMLEvent: Sendable, Hashable {
    /// A start tag. An empty element `<a/>` gives a start immediately followed by its end.
    case start(XMLElementStart)
    /// Character data between tags.
    case text(String, line: Int)
    /// An end tag (or the end of an empty element).
    case end(name: String, line: Int)
}

/// A start tag as read: the element's local name, namespace, attributes and where it begins.
public struct XMLElementStart: Sendable, Hashable {
    /// The local name, without a prefix.
    public var name: String
    /// The namespace URI, when the element is in one.
    public var namespace: String?
    /// Attributes in document order, by local name.
    public var attributes: [XMLAttribute]
    /// 1-based line of the tag's `<`.
    public var line: Int
    /// 1-based column of the tag's `<`, in Unicode scalars, when known.
    public var column: Int?

    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [], line: Int, column: Int? = nil) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// The value of the attribute with this local name, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One attribute of a start tag: its local name, namespace and normalised value.
public struct XMLAttribute: Sendable, Hashable {
    public var name: String
    public var namespace: String?
    public var value: String

    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}
