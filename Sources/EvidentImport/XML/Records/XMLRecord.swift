/// One response read from XML (an ODK submission, a Qualtrics `<Response>`): its leaf
/// elements in document order, and where it began.
struct XMLRecord: Sendable, Hashable {
    /// The file as shown to the user (a folder of submissions has one file per record).
    var file: String
    /// The line of the record's start tag.
    var line: Int
    var leaves: [XMLLeaf]
}
