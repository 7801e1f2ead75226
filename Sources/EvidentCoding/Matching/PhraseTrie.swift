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
    /// Per term id: the node it leads to from the root, or -1 (every token starts there).
    private(set) var rootChildren: [Int32] = []
    /// Per node: whether any phrase continues past it (if not, it need not stay live).
    private(set) var hasChildren: [Bool] = [false]

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
                hasChildren.append(false)
                hasChildren[Int(node)] = true
                edges.insert(edge, child: child)
                if node == Self.root {
                    if Int(term) >= rootChildren.count {
                        rootChildren += repeatElement(-1, count: Int(term) + 1 - rootChildren.count)
                    }
                    rootChildren[Int(term)] = child
                }
                node = child
            }
        }
        if phrase[Int(node)] < 0 {
            phrase[Int(node)] = Int32(phraseCount)
            phraseCount += 1
        }
        return phrase[Int(node)]
    }

    /// The node reached from the root by `term`, or -1. O(1).
    @inline(__always)
    func rootChild(term: Int32) -> Int32 {
        Int(term) < rootChildren.count ? rootChildren[Int(term)] : -1
    }

    /// The node reached from `node` by `term`, if any. O(1) expected.
    @inline(__always)
    func child(of node: Int32, term: Int32) -> Int32? {
        edges.child(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: term)))
    }

    /// The trie frozen for matching, its memory kept in `owners`: per node, whether it has
    /// children, its depth and its phrase's uses (`useStart[phrase]..<useStart[phrase + 1]`).
    func frozen(into owners: inout [any AnyObject & Sendable], useStart: [Int32]) -> PhraseLookup {
        let nodes = depth.indices.map { node in
            let phrase = Int(phrase[node])
            return PhraseLookup.Node(
                useStart: phrase >= 0 ? useStart[phrase] : 0, useEnd: phrase >= 0 ? useStart[phrase + 1] : 0,
                depth: depth[node], hasChildren: hasChildren[node])
        }
        return PhraseLookup(edges: edges.frozen(into: &owners), nodes: FrozenBuffer.freeze(nodes, into: &owners))
    }
}

/// A `PhraseTrie` frozen for matching: plain pointers into memory the compiled codebook keeps.
/// (A token's first step from the root is stored with its terms, in `TermLookup.Entry`.)
struct PhraseLookup: BitwiseCopyable {
    /// What the matcher needs of one node, in one place.
    struct Node: BitwiseCopyable {
        /// The uses of the phrase ending here, `MatchTables.uses[useStart..<useEnd]` (empty if none).
        var useStart: Int32
        var useEnd: Int32
        /// How many terms lead to it from the root.
        var depth: Int32
        /// Whether any phrase continues past it (if not, it need not stay live).
        var hasChildren: Bool
    }

    let edges: EdgeLookup
    let nodes: UnsafePointer<Node>

    /// The node reached from `node` by `term`, or -1. O(1) expected.
    @inline(__always)
    func child(of node: Int32, term: Int32) -> Int32 {
        edges.child(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: term)))
    }
}
