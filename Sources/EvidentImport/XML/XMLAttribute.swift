/// One attribute of a start tag: its local name, namespace and normalised value.
public struct XMLAttribute: Sendable, Hashable {
    /// The local name, without a prefix.
    public var name: String
    /// The namespace URI, for a prefixed attribute (`orx:version`).
    public var namespace: String?
    /// The value with references replaced and white space normalised as XML requires.
    public var value: String

    /// An attribute as read.
    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}
