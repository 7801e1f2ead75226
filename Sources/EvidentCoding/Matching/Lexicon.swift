/// The codebook's terms, each with an id, and the lookup that finds which terms a token
/// matches: the word it equals (or, with stemming, the word whose stem its stem equals) and every
/// wildcard stem it starts with.
struct Lexicon: Sendable {
    /// Wildcard stems, and words when stemming is off.
    private var trie = ByteTrie()
    /// The stems of words, when stemming is on.
    private var stemTrie = ByteTrie()
    /// The stems of words less their last two characters (at least one kept), as prefixes: a
    /// Porter2 stem is a prefix of its word except for at most its last two characters (`-ble`
    /// from `-biliti`, `-ate` from `-ation`), so a token can only share the stem of a word when it
    /// starts with one of these, and other tokens need no stemming at all.
    private var stemFilter = ByteTrie()
    private var filterTerms: Int32 = 0
    private let stemming: Bool
    private var nextTerm: Int32 = 0

    init(stemming: Bool) {
        self.stemming = stemming
    }

    /// The id of a term, the same for equal terms (and, with stemming, for words of equal stem).
    mutating func id(of term: PatternTerm) -> Int32 {
        switch term {
        case .word(let word) where stemming:
            let stem = Porter2Stemmer().stem(word)
            let kept = stem.unicodeScalars.prefix(max(1, stem.unicodeScalars.count - 2))
            _ = stemFilter.prefixTerm(for: String(String.UnicodeScalarView(kept)).utf8, next: &filterTerms)
            return stemTrie.wordTerm(for: stem.utf8, next: &nextTerm)
        case .word(let word):
            return trie.wordTerm(for: word.utf8, next: &nextTerm)
        case .prefix(let stem):
            return trie.prefixTerm(for: stem.utf8, next: &nextTerm)
        }
    }

    /// Appends to `hits` the id of every term the normalised `token` matches.
    ///
    /// O(length of the token); with stemming, plus one Porter2 run per distinct token of a call
    /// that starts like the stem of some word of the codebook.
    @inline(__always)
    func terms(of token: UnsafeBufferPointer<UInt8>, into hits: inout ScratchList, stems: inout StemCache) {
        guard stemming else {
            trie.walk(token, words: true, prefixes: trie.hasPrefixes, into: &hits)
            return
        }
        if trie.hasPrefixes { trie.walk(token, words: false, prefixes: true, into: &hits) }
        guard stemFilter.hasPrefix(of: token) else { return }
        stems.stem(of: token).withUnsafeBufferPointer { stemTrie.walk($0, words: true, prefixes: false, into: &hits) }
    }
}

/// Porter2 stems of the tokens met so far in one coding call.
struct StemCache: Sendable {
    private var stems: [String: [UInt8]] = [:]
    private let stemmer = Porter2Stemmer()

    /// The UTF-8 of the Porter2 stem of `token` (ASCII capitals read as lower case).
    mutating func stem(of token: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let word = String(decoding: token.lazy.map(TokenBuffer.lowercased), as: UTF8.self)
        if let known = stems[word] { return known }
        let stem = Array(stemmer.stem(word).utf8)
        stems[word] = stem
        return stem
    }
}
