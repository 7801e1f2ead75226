/// The codebook's terms, each with an id, as they are gathered while the codebook is compiled:
/// the words (or, with stemming, the stems of words) and the wildcard stems, in `TermTable`s,
/// frozen into a `LexiconLookup` for matching.
struct Lexicon: Sendable {
    /// Wildcard stems, negators, and words when stemming is off.
    private var table = TermTable()
    /// The stems of words, when stemming is on.
    private var stemTable = TermTable()
    /// The stems of words less their last two characters (at least one kept), as prefixes: a
    /// Porter2 stem is a prefix of its word except for at most its last two characters (`-ble`
    /// from `-biliti`, `-ate` from `-ation`), so a token can only share the stem of a word when it
    /// starts with one of these, and other tokens need no stemming at all.
    private var stemFilter = TermTable()
    private var shortestPrefix = Int.max
    private let stemming: Bool
    private var nextTerm: Int32 = 0

    init(stemming: Bool) {
        self.stemming = stemming
        for negator in Self.negators { table.setNegator(Array(negator.utf8)) }
    }

    /// The negators of codebook spec §3.4 (a token ending in `n't` negates too).
    static let negators = ["no", "not", "never", "without", "nothing", "nobody", "none", "hardly", "cannot"]

    /// The id of a term, the same for equal terms (and, with stemming, for words of equal stem).
    mutating func id(of term: PatternTerm) -> Int32 {
        switch term {
        case .word(let word) where stemming:
            let stem = Porter2Stemmer().stem(word)
            let kept = stem.unicodeScalars.prefix(max(1, stem.unicodeScalars.count - 2))
            stemFilter.setPrefix(Array(String(String.UnicodeScalarView(kept)).utf8), term: 0)
            return Self.assign(Array(stem.utf8), in: &stemTable, prefix: false, next: &nextTerm)
        case .word(let word):
            return Self.assign(Array(word.utf8), in: &table, prefix: false, next: &nextTerm)
        case .prefix(let stem):
            let key = Array(stem.utf8)
            shortestPrefix = min(shortestPrefix, key.count)
            return Self.assign(key, in: &table, prefix: true, next: &nextTerm)
        }
    }

    /// The term of `key` as a word or a wildcard in `table`, assigning the next id when new.
    private static func assign(_ key: [UInt8], in table: inout TermTable, prefix: Bool, next: inout Int32) -> Int32 {
        let index = table.entry(for: key)
        let existing = prefix ? table.entries[index].prefix : table.entries[index].word
        if existing >= 0 { return existing }
        let term = next
        next += 1
        if prefix { table.setPrefix(key, term: term) } else { table.setWord(key, term: term) }
        return term
    }

    /// The lexicon frozen for matching, its memory kept in `owners`; `node` gives the
    /// phrase-trie node a term leads to from the root (or -1).
    func frozen(into owners: inout [any AnyObject & Sendable], node: (Int32) -> Int32) -> LexiconLookup {
        LexiconLookup(
            table: table.frozen(into: &owners, node: node), stemTable: stemTable.frozen(into: &owners, node: node),
            stemFilter: stemFilter.frozen(into: &owners, node: { _ in -1 }), shortestPrefix: shortestPrefix,
            stemming: stemming)
    }
}

/// One term a token matches, and the phrase-trie node it leads to from the root (or -1).
struct TermHit: BitwiseCopyable {
    var term: Int32
    var node: Int32
}

/// The lookup that finds which terms a token matches: the word it equals (or, with stemming,
/// the word whose stem its stem equals) and every wildcard stem it starts with.
///
/// A token costs one filter bit, and one probe only when the bit is set (it is for the words of
/// the codebook, negators and about one other token in twenty): the entry found says which word
/// and which wildcard stem equal the token and whether it is a negator. Then, only for a token
/// whose first three bytes begin some wildcard stem, one probe per length of such stems.
struct LexiconLookup: BitwiseCopyable {
    let table: UnsafePointer<TermLookup>
    let stemTable: UnsafePointer<TermLookup>
    let stemFilter: UnsafePointer<TermLookup>
    let shortestPrefix: Int
    let stemming: Bool

    /// Appends to `hits` every term a token matches, and returns whether it is a negator. The
    /// token is the `length` normalised bytes held in `words` (`TermKey` words, ASCII
    /// lower-cased, zero past the end); `mayNegate` is false when it holds no apostrophe (so it
    /// cannot end in `n't`).
    ///
    /// O(1) expected for a token that starts no wildcard stem, else O(length of the token); with
    /// stemming, plus one Porter2 run per distinct token (cached) that starts like the stem of some
    /// word of the codebook.
    @inline(__always)
    func terms(
        length: Int, words: UnsafePointer<UInt64>, mayNegate: Bool, into hits: inout ScratchList<TermHit>,
        stems: inout StemCache
    ) -> Bool {
        let first = words[0]
        var isNegator = false
        let state = TermKey.start(first, length)
        if table.mayContain(state: state) {
            let hash = TermKey.hash(from: state, length: length, words: words)
            let found = table.find(hash: hash, first: first, length: length, words: words)
            if found >= 0 {
                let entry = table.entry(found)
                if entry.prefix >= 0 { hits.append(TermHit(term: entry.prefix, node: entry.prefixNode)) }
                if entry.word >= 0 { hits.append(TermHit(term: entry.word, node: entry.wordNode)) }
                isNegator = entry.isNegator
            }
        }
        if mayNegate, length >= 3, !isNegator, TermKey.byte(length - 1, of: words) == UInt8(ascii: "t"),
            TermKey.byte(length - 2, of: words) == UInt8(ascii: "'"), TermKey.byte(length - 3, of: words) == UInt8(ascii: "n")
        {
            isNegator = true
        }
        if length > shortestPrefix, case let mask = table.prefixMask(first: first, length: length), mask != 0 {
            Self.prefixTerms(mask, length: length, words: words, table: table, into: &hits)
        }
        if stemming {
            Self.stemmedTerms(length: length, words: words, filter: stemFilter, stems: stemTable, into: &hits, cache: &stems)
        }
        return isNegator
    }

    /// The wildcard terms of the stems shorter than the token that it starts with, probing the
    /// lengths in `mask` (`TermLookup.lengthBit`s).
    @inline(never)
    private static func prefixTerms(
        _ mask: UInt16, length: Int, words: UnsafePointer<UInt64>, table: UnsafePointer<TermLookup>,
        into hits: inout ScratchList<TermHit>
    ) {
        var remaining = mask & 0x7FFF
        while remaining != 0 {
            probe(prefix: remaining.trailingZeroBitCount + 3, words: words, table: table, into: &hits)
            remaining &= remaining - 1
        }
        guard mask & 0x8000 != 0 else { return }
        for prefixLength in table.prefixLengths {
            guard prefixLength < length else { break }
            if prefixLength >= 18 { probe(prefix: prefixLength, words: words, table: table, into: &hits) }
        }
    }

    @inline(__always)
    private static func probe(
        prefix length: Int, words: UnsafePointer<UInt64>, table: UnsafePointer<TermLookup>,
        into hits: inout ScratchList<TermHit>
    ) {
        let first = words[0] & TermKey.mask(length)
        let state = TermKey.start(first, length)
        guard table.mayContain(state: state) else { return }
        let hash = TermKey.hash(from: state, prefix: length, of: words)
        let index = table.find(hash: hash, first: first, length: length, words: words)
        if index >= 0, case let entry = table.entry(index), entry.prefix >= 0 {
            hits.append(TermHit(term: entry.prefix, node: entry.prefixNode))
        }
    }

    /// The word term whose stem is the token's stem, if the token starts like one.
    @inline(never)
    private static func stemmedTerms(
        length: Int, words: UnsafePointer<UInt64>, filter stemFilter: UnsafePointer<TermLookup>,
        stems stemTable: UnsafePointer<TermLookup>, into hits: inout ScratchList<TermHit>, cache stems: inout StemCache
    ) {
        var passes = false
        for prefixLength in stemFilter.prefixLengths {
            guard prefixLength <= length else { break }
            let first = words[0] & TermKey.mask(prefixLength)
            let hash = TermKey.hash(from: TermKey.start(first, prefixLength), prefix: prefixLength, of: words)
            let index = stemFilter.find(hash: hash, first: first, length: prefixLength, words: words)
            if index >= 0 {
                passes = true
                break
            }
        }
        guard passes else { return }
        let stem = stems.stem(of: UnsafeRawBufferPointer(start: words, count: length))
        let stemWords = TermKey.words(of: stem)
        stemWords.withUnsafeBufferPointer { pointer in
            // `TermKey.words` always gives at least one word.
            let base = pointer.baseAddress.unsafelyUnwrapped
            let index = stemTable.find(hash: TermKey.hash(length: stem.count, words: base), first: base[0],
                                       length: stem.count, words: base)
            if index >= 0, case let entry = stemTable.entry(index), entry.word >= 0 {
                hits.append(TermHit(term: entry.word, node: entry.wordNode))
            }
        }
    }
}

/// Porter2 stems of the tokens met so far by one scratch (emptied when it grows large).
struct StemCache: Sendable {
    private var stems: [String: [UInt8]] = [:]
    private let stemmer = Porter2Stemmer()

    /// The UTF-8 of the Porter2 stem of `token` (ASCII capitals read as lower case).
    mutating func stem(of token: some Collection<UInt8>) -> [UInt8] {
        let word = String(decoding: token.lazy.map(TokenBuffer.lowercased), as: UTF8.self)
        if let known = stems[word] { return known }
        let stem = Array(stemmer.stem(word).utf8)
        if stems.count >= 100_000 { stems.removeAll(keepingCapacity: true) }
        stems[word] = stem
        return stem
    }
}
