import EvidentModel

/// A codebook compiled for matching: one lexicon of terms, one trie of phrases, and for each
/// phrase the patterns, exclusions and NEAR operands that use it.
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
    struct PhraseUse: Sendable {
        enum Role: UInt8, Sendable {
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

    /// Whether any code has a pattern (if not, nothing is ever coded automatically).
    var hasPatterns: Bool { !uses.isEmpty }

    /// The uses of phrase `phrase`.
    @inline(__always)
    func uses(of phrase: Int32) -> ArraySlice<PhraseUse> {
        uses[Int(useStart[Int(phrase)])..<Int(useStart[Int(phrase) + 1])]
    }

    /// Whether code `index` applies to the data set `dataset` of kind `kind`.
    func applies(code index: Int, dataset: String, kind: DatasetKind) -> Bool {
        guard let allowed = codes[index].appliesTo else { return true }
        return allowed.contains(dataset) || allowed.contains(kind.rawValue)
    }
}
