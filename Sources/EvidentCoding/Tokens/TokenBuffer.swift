/// The tokens of one segment, kept as byte ranges so the hot path builds no strings: a token read
/// on the ASCII fast path is a range of the answer's own UTF-8 (not yet lower-cased), any other
/// is a range of `bytes`, which holds normalised text. The tokenizer fills it, the matcher reads
/// it, and both reuse its storage.
package struct TokenBuffer: Sendable {
    /// One token: where it stands in the answer and where its normalised UTF-8 is in `bytes`.
    package struct Record: Sendable {
        /// Unicode scalar offset of the token's first scalar in the answer.
        package var start: Int
        /// Unicode scalar offset just past the token in the answer.
        package var end: Int
        /// Range of the token's UTF-8: in the answer when `isInAnswer`, else in `bytes`.
        package var textStart: Int
        package var textEnd: Int
        /// Whether the text is read in place from the answer (ASCII, case not yet folded).
        package var isInAnswer: Bool
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

    /// The UTF-8 of a token: normalised, except that ASCII capitals read in place from the
    /// answer are still to be lower-cased (`TokenBuffer.lowercased`).
    @inline(__always)
    package static func text(
        of record: Record, answer: UnsafeBufferPointer<UInt8>, normalized: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: (record.isInAnswer ? answer : normalized)[record.textStart..<record.textEnd])
    }

    /// An ASCII capital lower-cased; any other byte unchanged.
    @inline(__always)
    package static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// The tokens as public values, read against the answer they came from.
    package func tokens(answer: UnsafeBufferPointer<UInt8>) -> [Token] {
        bytes.withUnsafeBufferPointer { normalized in
            records.map { record in
                let text = Self.text(of: record, answer: answer, normalized: normalized)
                return Token(text: String(decoding: text.lazy.map(Self.lowercased), as: UTF8.self),
                             start: record.start, end: record.end)
            }
        }
    }
}
