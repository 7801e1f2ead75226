/// Splits text into tokens (codebook spec §3.1) with the Unicode scalar offsets each token
/// occupies in the text as given.
///
/// Runs of ASCII are read straight from the UTF-8 bytes and left in place (ASCII is unchanged
/// by NFKC, so only case needs folding, which readers do as they go). A stretch holding non-ASCII
/// is re-read one grapheme cluster at a time and normalised (NFKC, straight quotes, case folding)
/// before it is classified, from the start of the token it belongs to up to the next ASCII
/// separator; every normalised scalar carries the offsets of the cluster it came from, so
/// normalisation never shifts offsets.
public struct Tokenizer: Sendable {
    /// A tokenizer; it holds no state, so one can be shared.
    public init() {}

    /// The tokens of `text`, with offsets in the scalars of `text`.
    ///
    /// O(n) in the length of `text`.
    public func tokens(in text: String) -> [Token] {
        var text = text
        var builder = TokenBuilder()
        var cache = NormalizationCache()
        return text.withUTF8 {
            scan($0, bytes: 0..<$0.count, firstOffset: 0, into: &builder, cache: &cache)
            return builder.buffer.tokens(answer: $0)
        }
    }

    /// The tokens of one segment of `answer`, with offsets in the scalars of `answer`. The segment
    /// must come from `Segmenter.segments(in: answer)` for this very answer.
    ///
    /// O(n) in the length of the segment.
    public func tokens(in segment: Segment, of answer: String) -> [Token] {
        var answer = answer
        var builder = TokenBuilder()
        var cache = NormalizationCache()
        return answer.withUTF8 {
            scan($0, bytes: segment.byteRange, firstOffset: segment.start, into: &builder, cache: &cache)
            return builder.buffer.tokens(answer: $0)
        }
    }

    /// Reads the tokens of `utf8[bytes]`, whose first scalar has offset `firstOffset`, into
    /// `builder`, finishing the last token.
    ///
    /// O(n) in the bytes read; ASCII costs one table lookup per byte.
    package func scan(
        _ utf8: UnsafeBufferPointer<UInt8>, bytes: Range<Int>, firstOffset: Int,
        into builder: inout TokenBuilder, cache: inout NormalizationCache
    ) {
        let classes = CharacterClass.ascii
        var index = bytes.lowerBound
        var offset = firstOffset
        let end = bytes.upperBound
        while index < end {
            let byte = utf8[index]
            if byte < 0x80 {
                _ = builder.accept(classes[Int(byte)], start: offset, end: offset + 1, sourceByte: index)
                index += 1
                offset += 1
                continue
            }
            var regionStart = index
            var regionOffset = offset
            if let restart = builder.abandonToken() {
                regionStart = restart.byte
                regionOffset = restart.offset
            }
            var regionEnd = index + 1
            while regionEnd < end {
                let next = utf8[regionEnd]
                if next < 0x80 && classes[Int(next)] == .separator { break }
                regionEnd += 1
            }
            offset = scanNormalizing(utf8, bytes: regionStart..<regionEnd, firstOffset: regionOffset,
                                     into: &builder, cache: &cache)
            index = regionEnd
        }
        builder.finish()
    }

    /// The slow path: reads `utf8[bytes]` one grapheme cluster at a time, normalising each.
    /// Returns the scalar offset just past the region.
    func scanNormalizing(
        _ utf8: UnsafeBufferPointer<UInt8>, bytes: Range<Int>, firstOffset: Int,
        into builder: inout TokenBuilder, cache: inout NormalizationCache
    ) -> Int {
        let region = String(decoding: UnsafeBufferPointer(rebasing: utf8[bytes]), as: UTF8.self)
        builder.isCopying = true
        defer { builder.isCopying = false }
        var offset = firstOffset
        var byte = bytes.lowerBound
        for character in region {
            let scalarCount = character.unicodeScalars.count
            let next = offset + scalarCount
            if let ascii = character.asciiValue, scalarCount == 1 {
                if builder.accept(CharacterClass.ascii[Int(ascii)], start: offset, end: next, sourceByte: byte) {
                    builder.append(byte: TokenBuffer.lowercased(ascii))
                }
            } else {
                for scalar in cache.scalars(of: character) {
                    let kind = CharacterClass(normalized: scalar)
                    if builder.accept(kind, start: offset, end: next, sourceByte: byte) { builder.append(scalar) }
                }
            }
            offset = next
            byte += character.utf8.count
        }
        return offset
    }
}
