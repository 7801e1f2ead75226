import EvidentModel

/// A codebook compiled for matching: one lexicon of terms, one trie of phrases, and for each
/// phrase the patterns, exclusions and NEAR operands that use it.
///
/// Coding an answer (`scan`) reads it once: sentences and tokens together (`+Scanning`), each
/// token looked up and matched as it ends (`+Matching`), each segment turned into records as it
/// ends (`+Records`).
struct CompiledCodebook: Sendable {
    /// What the matcher needs to know about one code, in `Codebook.allCodes` order.
    struct CompiledCode: Sendable {
        var id: String
        /// Whether a negator drops a match of this code's own patterns.
        var negation: Bool
        /// Data set kinds or ids the code applies to after inheritance; `nil` for all.
        var appliesTo: Set<String>?
        /// The code's patterns as written, indexed as `PhraseUse.pattern` and `NearRule.pattern`.
        var patterns: [String]
    }

    /// One way a phrase is used.
    struct PhraseUse: Sendable, BitwiseCopyable {
        enum Role: UInt8, Sendable, BitwiseCopyable {
            /// The whole of a pattern of `owner` (a code).
            case pattern
            /// The whole of an exclusion of `owner` (a code).
            case exclusion
            /// The first or second operand of NEAR rule `owner`.
            case nearFirst
            case nearSecond
        }

        var role: Role
        var owner: Int32
        var pattern: Int32
    }

    /// A NEAR pattern or exclusion of a code.
    struct NearRule: Sendable {
        var code: Int32
        /// The pattern's index in its code, or -1 for an exclusion.
        var pattern: Int32
        var distance: Int
    }

    var codes: [CompiledCode] = []
    var codeIndex: [String: Int] = [:]
    var lexicon: Lexicon
    var phrases = PhraseTrie()
    /// `uses[useStart[p]..<useStart[p + 1]]` are the uses of phrase `p`.
    var useStart: [Int32] = [0]
    var uses: [PhraseUse] = []
    var nearRules: [NearRule] = []
    /// Per code: whether a negator drops a match of its own patterns (`CompiledCode.negation`).
    var negation: [Bool] = []
    /// Per code: whether it applies to some data sets only (`CompiledCode.appliesTo` is set).
    var isRestricted: [Bool] = []
    /// Every code's patterns as written, back to back: code `c`'s pattern `p` is at
    /// `patternStart[c] + p` (one array, so a record costs no array retain).
    var patternTexts: [String] = []
    var patternStart: [Int] = []
    /// Every code's id, in code order.
    var codeIDs: [String] = []
    /// This compiled codebook's identity, for scratch storage sized for it.
    let identity = EngineIdentity()
    /// The tables the matcher reads per token, frozen once everything is compiled.
    private(set) var tables: MatchTables?
    /// The owners of the frozen tables' memory.
    private var owners: [any AnyObject & Sendable] = []

    /// Whether any code has a pattern (if not, nothing is ever coded automatically).
    var hasPatterns: Bool { !uses.isEmpty }

    /// Freezes the lexicon, the phrase trie and the uses of each phrase for matching.
    mutating func freeze() {
        var owners: [any AnyObject & Sendable] = []
        let frozenUses = uses.map { use in
            MatchTables.Use(
                role: use.role, negates: use.role == .pattern && codes[Int(use.owner)].negation, owner: use.owner,
                pattern: use.pattern)
        }
        let phrases = self.phrases
        let tables = MatchTables(
            lexicon: lexicon.frozen(into: &owners) { phrases.rootChild(term: $0) },
            phrases: phrases.frozen(into: &owners, useStart: useStart),
            uses: FrozenBuffer.freeze(frozenUses, into: &owners))
        self.tables = tables
        self.owners = owners
    }

    /// Whether code `index` applies to the data set `dataset` of kind `kind`.
    func applies(code index: Int, dataset: String, kind: DatasetKind) -> Bool {
        guard let allowed = codes[index].appliesTo else { return true }
        return allowed.contains(dataset) || allowed.contains(kind.rawValue)
    }
}

/// What the matcher reads for every token, as plain pointers into frozen memory that the
/// compiled codebook keeps alive: no reference counting, uniqueness or bounds checks per token.
///
/// `@unchecked Sendable`: the pointers lead to memory written once when the codebook was compiled
/// and never after, owned by the same `CompiledCodebook` that holds these tables.
struct MatchTables: BitwiseCopyable, @unchecked Sendable {
    /// One use of a phrase, with whether a negator before it drops it (a pattern of a code with
    /// negation on).
    struct Use: BitwiseCopyable {
        var role: CompiledCodebook.PhraseUse.Role
        var negates: Bool
        var owner: Int32
        var pattern: Int32
    }

    let lexicon: LexiconLookup
    let phrases: PhraseLookup
    let uses: UnsafePointer<Use>
}
