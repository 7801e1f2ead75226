/// A trie over normalised token bytes holding the codebook's words and wildcard stems, so one
/// walk along a token finds the word it equals and every wildcard it starts with.
///
/// The root's children sit in a 256-entry table (every walk starts there); deeper edges are in a
/// hash table keyed by node and byte.
struct ByteTrie: Sendable {
    /// What ends at a node: the term id of a word and of a wildcard stem, or -1.
    private struct Payload: Sendable {
        var word: Int32 = -1
        var prefix: Int32 = -1
    }

    private var rootChildren = [Int32](repeating: -1, count: 256)
    private var edges = EdgeTable()
    private var payloads = [Payload()]

    /// Whether the trie holds any wildcard stem (if not, walks can skip collecting them).
    private(set) var hasPrefixes = false

    @inline(__always)
    private func child(of node: Int32, _ byte: UInt8) -> Int32? {
        if node == 0 {
            let child = rootChildren[Int(byte)]
            return child >= 0 ? child : nil
        }
        return edges.child(UInt64(node) << 8 | UInt64(byte))
    }

    /// The node for `key`, created if needed.
    private mutating func node(for key: some Sequence<UInt8>) -> Int {
        var node: Int32 = 0
        for byte in key {
            if let child = child(of: node, byte) {
                node = child
                continue
            }
            let child = Int32(payloads.count)
            payloads.append(Payload())
            if node == 0 {
                rootChildren[Int(byte)] = child
            } else {
                edges.insert(UInt64(node) << 8 | UInt64(byte), child: child)
            }
            node = child
        }
        return Int(node)
    }

    /// The term id of `word`, assigning `next` (and advancing it) when the word is new.
    mutating func wordTerm(for word: some Sequence<UInt8>, next: inout Int32) -> Int32 {
        let node = node(for: word)
        if payloads[node].word < 0 {
            payloads[node].word = next
            next += 1
        }
        return payloads[node].word
    }

    /// The term id of the wildcard `stem*`, assigning `next` (and advancing it) when it is new.
    mutating func prefixTerm(for stem: some Sequence<UInt8>, next: inout Int32) -> Int32 {
        let node = node(for: stem)
        hasPrefixes = true
        if payloads[node].prefix < 0 {
            payloads[node].prefix = next
            next += 1
        }
        return payloads[node].prefix
    }

    /// Whether some wildcard stem in the trie is a prefix of `token` (or the whole of it).
    ///
    /// O(length of the token), stopping at the first byte no key continues with.
    func hasPrefix(of token: UnsafeBufferPointer<UInt8>) -> Bool {
        var node: Int32 = 0
        for byte in token {
            guard let next = child(of: node, TokenBuffer.lowercased(byte)) else { return false }
            node = next
            if payloads[Int(node)].prefix >= 0 { return true }
        }
        return false
    }

    /// Walks `token` (lower-casing ASCII capitals as it goes): appends to `hits` the term of every
    /// wildcard stem the token starts with (the whole token included) when `prefixes` is true,
    /// and the word term it equals when `words` is true.
    ///
    /// O(length of the token), stopping at the first byte no key continues with.
    @inline(__always)
    func walk(_ token: UnsafeBufferPointer<UInt8>, words: Bool, prefixes: Bool, into hits: inout ScratchList) {
        var node: Int32 = 0
        for byte in token {
            guard let next = child(of: node, TokenBuffer.lowercased(byte)) else { return }
            node = next
            if prefixes, case let prefix = payloads[Int(node)].prefix, prefix >= 0 { hits.append(prefix) }
        }
        if words, case let word = payloads[Int(node)].word, word >= 0 { hits.append(word) }
    }
}
