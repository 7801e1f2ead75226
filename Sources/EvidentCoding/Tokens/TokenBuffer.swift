/// The tokens of one segment, kept as offsets into one byte array so the hot path builds no
/// strings: the tokenizer fills it, the matcher reads it, and both reuse its storage.
package struct TokenBuffer: Sendable {
    /// One token: where it stands in the answer and where its normalised UTF-8 is in `bytes`.
    package struct Record: Sendable {
        /// Unicode scalar offset of the token's first scalar in the answer.
        package var start: Int
        /// Unicode scalar offset just past the token in the answer.
        package var end: Int
        /// Range of the token's normalised UTF-8 in `bytes`.
        package var textStart: Int
        package var textEnd: Int
        /// Whether the token is a negator (codebook spec §3.4).
        package var isNegator: Bool
    }

    package var records: [Record] = []
    /// The normalised UTF-8 of every token, back to back.
    package var bytes: [UInt8] = []

    package init() {}

    /// Empties the buffer, keeping its storage.
    package mutating func removeAll() {
        records.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The tokens as public values.
    package var tokens: [Token] {
        records.map { record in
            Token(text: String(decoding: bytes[record.textStart..<record.textEnd], as: UTF8.self),
                  start: record.start, end: record.end)
        }
    }
}
