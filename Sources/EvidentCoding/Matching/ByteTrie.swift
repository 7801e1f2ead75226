/// A trie over normalised token bytes holding the codebook's words and wildcard stems, so one
/// walk along a token finds the word it equals and every wildcard it starts with.
struct ByteTrie: Sendable {
    private var edges = EdgeTable()
    /// Per node: the term id of the word that ends here, or -1.
    private var wordTerm: [Int32] = [-1]
    /// Per node: the term id of the wildcard whose stem ends here, or -1.
    private var prefixTerm: [Int32] = [-1]

    /// Whether the trie holds any wildcard stem (if not, walks can skip collecting them).
    private(set) var hasPrefixes = false

    /// The node for `key`, created if needed.
    private mutating func node(for key: some Sequence<UInt8>) -> Int {
        var node: Int32 = 0
        for byte in key {
            let edge = UInt64(node) << 8 | UInt64(byte)
            if let child = edges.child(edge) {
                node = child
            } else {
                let child = Int32(wordTerm.count)
                wordTerm.append(-1)
                prefixTerm.append(-1)
                edges.insert(edge, child: child)
                node = child
            }
        }
        return Int(node)
    }

    /// The term id of `word`, assigning `next` (and advancing it) when the word is new.
    mutating func wordTerm(for word: some Sequence<UInt8>, next: inout Int32) -> Int32 {
        let node = node(for: word)
        if wordTerm[node] < 0 {
            wordTerm[node] = next
            next += 1
        }
        return wordTerm[node]
    }

    /// The term id of the wildcard `stem*`, assigning `next` (and advancing it) when it is new.
    mutating func prefixTerm(for stem: some Sequence<UInt8>, next: inout Int32) -> Int32 {
        let node = node(for: stem)
        hasPrefixes = true
        if prefixTerm[node] < 0 {
            prefixTerm[node] = next
            next += 1
        }
        return prefixTerm[node]
    }

    /// Walks `token`: appends to `hits` the term of every wildcard stem the token starts with (the
    /// whole token included) when `prefixes` is true, and the word term it equals when `words`
    /// is true.
    ///
    /// O(length of the token), stopping at the first byte no key continues with.
    @inline(__always)
    func walk(_ token: UnsafeBufferPointer<UInt8>, words: Bool, prefixes: Bool, into hits: inout [Int32]) {
        var node: Int32 = 0
        for byte in token {
            guard let child = edges.child(UInt64(node) << 8 | UInt64(byte)) else { return }
            node = child
            if prefixes, prefixTerm[Int(node)] >= 0 { hits.append(prefixTerm[Int(node)]) }
        }
        if words, wordTerm[Int(node)] >= 0 { hits.append(wordTerm[Int(node)]) }
    }
}
