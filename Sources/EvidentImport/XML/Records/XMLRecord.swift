/// One response read from XML (an ODK submission, a Qualtrics `<Response>`): its leaf
/// elements in document order, and where it began.
struct XMLRecord: Sendable, Hashable {
    /// The file as shown to the user (a folder of submissions has one file per record).
    var file: String
    /// The line of the record's start tag.
    var line: Int
    var leaves: [XMLLeaf]
    /// The form the record answers, where the format says (ODK: the submission element's `id`
    /// attribute, else its name); `nil` when the format does not.
    var form: String? = nil
}
