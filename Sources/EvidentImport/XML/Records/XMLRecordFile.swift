import EvidentModel

/// What one XML file of responses gave: its records in file order, and what the report says
/// about the file itself.
struct XMLRecordFile: Sendable {
    var records: [XMLRecord]
    /// As `XMLStreamReader.encoding`.
    var encoding: String
    var sha256: String
    var warnings: [Diagnostic]
}
