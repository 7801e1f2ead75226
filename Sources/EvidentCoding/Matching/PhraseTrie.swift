/// A trie over term-id sequences holding every phrase of the codebook (pattern phrases and NEAR
/// operands alike), each phrase stored once however many patterns use it.
///
/// Matching keeps the set of nodes reached by the tokens just read; because a token can match
/// several terms (a word and some wildcards), this is the subset simulation of the trie rather
/// than single-state Aho–Corasick, and its cost per token is bounded by the number of phrase
/// prefixes that end there, never by the text read before.
struct PhraseTrie: Sendable {
    private var edges = EdgeTable()
    /// Per node: how many terms lead to it from the root.
    private(set) var depth: [Int32] = [0]
    /// Per node: the phrase ending here, or -1.
    private(set) var phrase: [Int32] = [-1]
    /// The number of distinct phrases.
    private(set) var phraseCount = 0

    /// The root node.
    static let root: Int32 = 0

    /// The id of the phrase made of `terms`, the same for equal sequences.
    mutating func id(of terms: [Int32]) -> Int32 {
        var node = Self.root
        for term in terms {
            let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: term))
            if let child = edges.child(edge) {
                node = child
            } else {
                let child = Int32(depth.count)
                depth.append(depth[Int(node)] + 1)
                phrase.append(-1)
                edges.insert(edge, child: child)
                node = child
            }
        }
        if phrase[Int(node)] < 0 {
            phrase[Int(node)] = Int32(phraseCount)
            phraseCount += 1
        }
        return phrase[Int(node)]
    }

    /// The node reached from `node` by `term`, if any. O(1) expected.
    @inline(__always)
    func child(of node: Int32, term: Int32) -> Int32? {
        edges.child(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: term)))
    }
}
