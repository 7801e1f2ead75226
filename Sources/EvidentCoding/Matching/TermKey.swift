/// The normalised UTF-8 of a token or term as little-endian 8-byte words, zero past its last
/// byte, and the hash the term tables are keyed by: words, not bytes, so that a token of up to
/// 8 bytes (most of them) costs one load, one mask and two multiplies.
enum TermKey {
    /// Bytes `0..<length` of a word kept, the rest zero. `length` in 0...8.
    @inline(__always)
    static func mask(_ length: Int) -> UInt64 {
        length >= 8 ? .max : (1 &<< UInt64(truncatingIfNeeded: length &* 8)) &- 1
    }

    /// The first step of the hash of a key of `length` bytes whose first word is `first`
    /// (masked): one multiply, enough for the tables' filters (`TermLookup.mayContain`), so the
    /// rest of the hash is only computed for keys that pass them.
    @inline(__always)
    static func start(_ first: UInt64, _ length: Int) -> UInt64 {
        (first ^ UInt64(truncatingIfNeeded: length) &<< 59) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The hash of a key of `length` bytes, from its first step `state` and its words (zero
    /// past the end).
    @inline(__always)
    static func hash(from state: UInt64, length: Int, words: UnsafePointer<UInt64>) -> UInt64 {
        guard length > 8 else { return finish(state) }
        var state = state
        let count = (length + 7) >> 3
        for index in 1..<count { state = add(state, words[index]) }
        return finish(state)
    }

    /// The hash of the first `length` bytes of the key in `words`, from its first step `state`.
    @inline(__always)
    static func hash(from state: UInt64, prefix length: Int, of words: UnsafePointer<UInt64>) -> UInt64 {
        guard length > 8 else { return finish(state) }
        var state = state
        let count = (length + 7) >> 3
        for index in 1..<count {
            state = add(state, index == count - 1 ? words[index] & mask(length - index * 8) : words[index])
        }
        return finish(state)
    }

    @inline(__always)
    private static func add(_ state: UInt64, _ word: UInt64) -> UInt64 {
        (state ^ state &>> 31 ^ word) &* 0xD6E8_FEB8_6659_FD93
    }

    @inline(__always)
    private static func finish(_ state: UInt64) -> UInt64 {
        let mixed = (state ^ state &>> 29) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ mixed &>> 32
    }

    /// The hash of a key of `length` bytes whose words are `words` (zero past the end).
    @inline(__always)
    static func hash(length: Int, words: UnsafePointer<UInt64>) -> UInt64 {
        var state = start(words[0], length)
        if length > 8 {
            let count = (length + 7) >> 3
            for index in 1..<count { state = add(state, words[index]) }
        }
        return finish(state)
    }

    /// The words of `bytes`, zero-padded.
    static func words(of bytes: some Collection<UInt8>) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: max(1, (bytes.count + 7) >> 3))
        for (index, byte) in bytes.enumerated() {
            words[index >> 3] |= UInt64(byte) << UInt64((index & 7) * 8)
        }
        return words
    }

    /// Byte `index` of a key held as words.
    @inline(__always)
    static func byte(_ index: Int, of words: UnsafePointer<UInt64>) -> UInt8 {
        UInt8(truncatingIfNeeded: words[index >> 3] &>> UInt64((index & 7) * 8))
    }
}
