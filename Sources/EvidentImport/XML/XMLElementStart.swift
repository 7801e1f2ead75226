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

    /// A start tag; `column` is `nil` when the reader could not tell it.
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
