/// The tokens of the segment being matched together with the bytes their text lives in: a
/// borrowed view, valid only inside the `withUTF8` / `withUnsafeBufferPointer` calls that made it
/// (so deliberately not `Sendable`).
struct SegmentTokens {
    let records: [TokenBuffer.Record]
    /// The answer's UTF-8.
    let answer: UnsafeBufferPointer<UInt8>
    /// The normalised UTF-8 of the tokens read on the slow path.
    let normalized: UnsafeBufferPointer<UInt8>

    var count: Int { records.count }

    /// The UTF-8 of token `index` (ASCII capitals still to be lower-cased).
    @inline(__always)
    func text(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        TokenBuffer.text(of: records[index], answer: answer, normalized: normalized)
    }

    /// Whether one of the 3 tokens before token `first` is a negator (codebook spec §3.4). O(1).
    @inline(__always)
    func isNegated(before first: Int32) -> Bool {
        var index = Int(first) - 1
        let stop = max(0, Int(first) - 3)
        while index >= stop {
            if Token.isNegator(text(index)) { return true }
            index -= 1
        }
        return false
    }
}
