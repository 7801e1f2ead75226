// Foundation supplies NFKC only (the standard library has no compatibility normalisation);
// it is used on the slow path for characters that normalisation can change.
import Foundation

/// The text normalisation of codebook spec §3.1, applied to answers and patterns alike:
/// NFKC, then curly quotes and apostrophes made straight, then full case folding.
///
/// Normalisation is applied one extended grapheme cluster (`Character`) at a time, so every
/// normalised scalar can be traced back to the scalars of the answer it came from; composition
/// never crosses a grapheme boundary in practice, so this equals whole-string NFKC for real text.
public enum TextNormalizer: Sendable {
    /// The normalised form of `text`.
    ///
    /// O(n) in the scalars of `text`; ASCII and characters that normalisation leaves alone cost
    /// one property lookup each.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for character in text {
            scalars.append(contentsOf: normalizedScalars(of: character))
        }
        return String(scalars)
    }

    /// The normalised scalars of one grapheme cluster.
    ///
    /// A lone scalar that NFKC cannot change skips Foundation: either normalisation leaves it
    /// alone entirely, or only case folding changes it and the folded form is itself stable.
    package static func normalizedScalars(of character: Character) -> [Unicode.Scalar] {
        let original = character.unicodeScalars
        if original.count == 1, let only = original.first {
            let properties = only.properties
            if only.value < 0x80 || !properties.changesWhenNFKCCaseFolded {
                return only.caseFolded.map(straightened)
            }
            if properties.changesWhenCaseFolded {
                let folded = only.caseFolded
                if folded.allSatisfy({ !$0.properties.changesWhenNFKCCaseFolded }) { return folded }
            }
        }
        let compatible = String(character).precomposedStringWithCompatibilityMapping
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(compatible.unicodeScalars.count)
        for scalar in compatible.unicodeScalars {
            result.append(contentsOf: straightened(scalar).caseFolded)
        }
        return result
    }

    /// Curly quotes and apostrophes made straight; every other scalar unchanged.
    private static func straightened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isCurlyApostrophe { return "'" }
        if scalar.isCurlyDoubleQuote { return "\"" }
        return scalar
    }
}
