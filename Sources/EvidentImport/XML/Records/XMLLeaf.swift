/// An element with no child elements, found by its path below the record element.
struct XMLLeaf: Sendable, Hashable {
    var steps: [XMLStep]
    /// The element's text, exactly as decoded (empty for `<field/>`).
    var value: String
}
