/// One response read from XML (an ODK submission, a Qualtrics `<Response>`): its leaf
/// elements in document order, and where it began.
struct XMLRecord: Sendable, Hashable {
    /// The file as shown to the user (a folder of submissions has one file per record).
    var file: String
    /// The line of the record's start tag.
    var line: Int
    var leaves: [XMLLeaf]
}

/// An element with no child elements, found by its path below the record element.
struct XMLLeaf: Sendable, Hashable {
    var steps: [XMLStep]
    /// The element's text, exactly as decoded (empty for `<field/>`).
    var value: String
}

/// One element on a leaf's path: its local name and which same-named sibling it is (1-based).
struct XMLStep: Sendable, Hashable {
    var name: String
    var occurrence: Int
}
