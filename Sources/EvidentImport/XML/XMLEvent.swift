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
