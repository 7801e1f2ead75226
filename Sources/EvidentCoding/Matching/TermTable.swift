/// A flat open-addressing table from normalised byte strings (held as `TermKey` words) to what
/// the codebook makes of them: the word term a token equal to the key matches, the wildcard term
/// of `key*`, and whether the key is a negator. Built with a dictionary, then frozen
/// (`TermLookup`) for matching: one hash per token, almost always one probe, and a key comparison
/// of one word (two for keys of 9 to 16 bytes) on a hit.
struct TermTable: Sendable {
    /// What one key stands for.
    struct Entry: Sendable, BitwiseCopyable {
        /// The key's first word (the whole key when it is 8 bytes or shorter).
        var first: UInt64
        /// Where the key's words start in `keyWords`.
        var keyStart: Int32
        /// The term of the word equal to the key, or -1.
        var word: Int32 = -1
        /// The term of the wildcard `key*`, or -1.
        var prefix: Int32 = -1
        var length: Int32
        var isNegator = false
    }

    /// Each key's entry, while the table is built.
    private var indexByKey: [[UInt8]: Int] = [:]
    private(set) var entries: [Entry] = []
    private var keyWords: [UInt64] = []

    /// The distinct byte lengths of the keys that carry a wildcard term, ascending.
    private(set) var prefixLengths: [Int] = []

    init() {}

    /// The entry for `key`, created when new.
    mutating func entry(for key: [UInt8]) -> Int {
        if let index = indexByKey[key] { return index }
        let words = TermKey.words(of: key)
        let index = entries.count
        entries.append(Entry(first: words[0], keyStart: Int32(keyWords.count), length: Int32(key.count)))
        keyWords += words
        indexByKey[key] = index
        return index
    }

    /// Marks `key` as matched by word term `term` (keeping the first term given).
    mutating func setWord(_ key: [UInt8], term: Int32) {
        let index = entry(for: key)
        if entries[index].word < 0 { entries[index].word = term }
    }

    /// Marks `key*` as wildcard term `term` (keeping the first term given).
    mutating func setPrefix(_ key: [UInt8], term: Int32) {
        let index = entry(for: key)
        if entries[index].prefix < 0 { entries[index].prefix = term }
        if !prefixLengths.contains(key.count) {
            prefixLengths.append(key.count)
            prefixLengths.sort()
        }
    }

    /// Marks `key` as a negator.
    mutating func setNegator(_ key: [UInt8]) {
        entries[entry(for: key)].isNegator = true
    }

    /// The table frozen for lookups, its memory kept in `owners`; `node` gives the phrase-trie
    /// node a term leads to from the root (or -1), stored beside the term. Slots are kept at most
    /// half full (the filter turns most misses away before they reach them). O(number of keys).
    func frozen(into owners: inout [any AnyObject & Sendable], node: (Int32) -> Int32) -> UnsafePointer<TermLookup> {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var filter = [UInt64](repeating: 0, count: TermLookup.filterWords)
        var prefixMasks = [UInt16](repeating: 0, count: TermLookup.prefixMaskCount)
        // Wildcard stems are looked for by their first bytes, as many as the shortest stem has.
        let keyLength = min(8, entries.filter { $0.prefix >= 0 }.map { Int($0.length) }.min() ?? 8)
        let prefixKeyMask = TermKey.mask(max(1, keyLength))
        keyWords.withUnsafeBufferPointer { keys in
            for (index, entry) in entries.enumerated() {
                // Every key has at least one word.
                let words = keys.baseAddress.unsafelyUnwrapped + Int(entry.keyStart)
                let hash = TermKey.hash(length: Int(entry.length), words: words)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = (hash >> 32) << 32 | UInt64(index + 1)
                let bit = TermLookup.filterBit(TermKey.start(entry.first, Int(entry.length)))
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
                if entry.prefix >= 0, entry.length >= 3 {
                    prefixMasks[TermLookup.prefixMaskIndex(entry.first & prefixKeyMask)] |= TermLookup.lengthBit(Int(entry.length))
                }
            }
        }
        let frozenEntries = entries.map { entry in
            TermLookup.Entry(
                first: entry.first, keyStart: entry.keyStart, word: entry.word, prefix: entry.prefix,
                wordNode: entry.word >= 0 ? node(entry.word) : -1, prefixNode: entry.prefix >= 0 ? node(entry.prefix) : -1,
                length: UInt16(truncatingIfNeeded: entry.length), isNegator: entry.isNegator)
        }
        let lookup = TermLookup(
            slots: FrozenBuffer.freeze(slots, into: &owners), mask: mask,
            entries: FrozenBuffer.freeze(frozenEntries, into: &owners),
            keyWords: FrozenBuffer.freeze(keyWords, into: &owners),
            prefixLengths: FrozenBuffer.freeze(prefixLengths, into: &owners),
            prefixLengthCount: prefixLengths.count, filter: FrozenBuffer.freeze(filter, into: &owners),
            prefixMasks: FrozenBuffer.freeze(prefixMasks, into: &owners), prefixKeyMask: prefixKeyMask)
        return FrozenBuffer.freeze([lookup], into: &owners)
    }
}

/// A `TermTable` frozen for matching: plain pointers into memory the compiled codebook keeps.
/// It is itself kept in frozen memory and read through a pointer (`UnsafePointer<TermLookup>`
/// has its lookups), so that no call copies it.
///
/// Beside the slots, two small filters that stay in the first-level cache: one bit per hash of
/// every key (most tokens are no key, and the bit says so without touching the slots), and per
/// hash of the first bytes of wildcard stems (as many as the shortest has), the lengths of the
/// stems that start with them (most tokens start no stem, and the others need one probe per such
/// length only).
struct TermLookup: BitwiseCopyable {
    /// What one key stands for, with the phrase-trie node each of its terms leads to from the
    /// root (so a token's first step into the trie needs no further lookup).
    struct Entry: BitwiseCopyable {
        var first: UInt64
        var keyStart: Int32
        var word: Int32
        var prefix: Int32
        var wordNode: Int32
        var prefixNode: Int32
        var length: UInt16
        var isNegator: Bool
    }

    let slots: UnsafePointer<UInt64>
    let mask: Int
    let entries: UnsafePointer<Entry>
    let keyWords: UnsafePointer<UInt64>
    let prefixLengths: UnsafePointer<Int>
    let prefixLengthCount: Int
    let filter: UnsafePointer<UInt64>
    let prefixMasks: UnsafePointer<UInt16>
    /// The bytes of a token's first word that `prefixMasks` is keyed by: as many as the shortest
    /// wildcard stem has (at most 8), since every stem a token starts with shares them.
    let prefixKeyMask: UInt64

    /// 2^15 bits: with a couple of thousand keys, about one token in twenty that is no key passes.
    static let filterWords = 512
    static let prefixMaskCount = 4_096

    /// The filter bit of a key, from the first step of its hash (`TermKey.start`).
    @inline(__always)
    static func filterBit(_ state: UInt64) -> Int {
        Int(truncatingIfNeeded: state >> 49)
    }

    /// The bucket of the wildcard-stem length mask for the first bytes of a key or token (its
    /// first word cut by `prefixKeyMask`).
    @inline(__always)
    static func prefixMaskIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// The mask bit of a stem length: bit `length - 3` up to 17 bytes, bit 15 for any longer.
    @inline(__always)
    static func lengthBit(_ length: Int) -> UInt16 {
        length - 3 < 15 ? 1 << UInt16(length - 3) : 1 << 15
    }

}

extension UnsafePointer where Pointee == TermLookup {
    /// Whether the key whose hash starts with `state` (`TermKey.start`) may be in the table (if
    /// not, it is not).
    @inline(__always)
    func mayContain(state: UInt64) -> Bool {
        let bit = TermLookup.filterBit(state)
        return pointee.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The lengths, as `lengthBit`s, of the wildcard stems shorter than `length` that may start
    /// a token of `length` bytes whose first word is `first`.
    @inline(__always)
    func prefixMask(first: UInt64, length: Int) -> UInt16 {
        let mask = pointee.prefixMasks[TermLookup.prefixMaskIndex(first & pointee.prefixKeyMask)]
        // Stems shorter than the token: bits below `length - 3`, and bit 15 once past 18 bytes.
        let shorter: UInt16 = length - 3 >= 15 ? (length > 18 ? .max : 0x7FFF) : (1 << UInt16(length - 3)) - 1
        return mask & shorter
    }

    /// The entry at `index` (from `find`).
    @inline(__always)
    func entry(_ index: Int) -> TermLookup.Entry {
        pointee.entries[index]
    }

    /// The distinct byte lengths of the wildcard stems, ascending.
    var prefixLengths: UnsafeBufferPointer<Int> {
        UnsafeBufferPointer(start: pointee.prefixLengths, count: pointee.prefixLengthCount)
    }

    /// The index of the entry whose key is the `length` bytes in `words` (first word `first`,
    /// hash `hash`; the words past `length` need not be zero), or -1. O(1) expected.
    @inline(__always)
    func find(hash: UInt64, first: UInt64, length: Int, words: UnsafePointer<UInt64>) -> Int {
        let tag = hash >> 32
        let slots = pointee.slots
        let mask = pointee.mask
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return -1 }
            if value >> 32 == tag {
                let index = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
                if matches(pointee.entries[index], first: first, length: length, words: words) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ entry: TermLookup.Entry, first: UInt64, length: Int, words: UnsafePointer<UInt64>) -> Bool {
        guard entry.first == first, Int(entry.length) == length else { return false }
        guard length > 8 else { return true }
        let start = Int(entry.keyStart)
        let count = (length + 7) >> 3
        for index in 1..<count {
            // A prefix of a longer token: its last word is cut to the prefix's length.
            let word = index == count - 1 ? words[index] & TermKey.mask(length - index * 8) : words[index]
            if pointee.keyWords[start + index] != word { return false }
        }
        return true
    }
}
